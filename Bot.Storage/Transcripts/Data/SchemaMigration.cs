namespace ChatBot.Storage.Transcripts.Data;

/// <summary>One schema step: the same change written once per engine. Every statement must be idempotent.</summary>
internal sealed record SchemaMigration(
    int Version,
    string Description,
    IReadOnlyList<string> MySql,
    IReadOnlyList<string> Sqlite)
{
    public IReadOnlyList<string> StatementsFor(TranscriptDatabaseKind kind) =>
        kind == TranscriptDatabaseKind.MySql ? MySql : Sqlite;
}
