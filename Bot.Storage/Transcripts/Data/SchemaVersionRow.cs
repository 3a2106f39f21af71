using LinqToDB.Mapping;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>One applied schema migration.</summary>
[Table(TableNames.SchemaVersions)]
internal sealed class SchemaVersionRow
{
    [Column("version"), PrimaryKey]
    public int Version { get; set; }

    [Column("description"), NotNull]
    public string Description { get; set; } = "";

    [Column("applied_at"), NotNull]
    public DateTime AppliedAt { get; set; }
}
