namespace ChatBot.Storage.Transcripts.Data;

/// <summary>The transcript database's table names, in one place for the mappings and the migrations.</summary>
internal static class TableNames
{
    public const string SchemaVersions = "transcript_schema_versions";

    public const string Conversations = "transcript_conversations";

    public const string Activities = "transcript_activities";

    public const string Tickets = "support_tickets";
}
