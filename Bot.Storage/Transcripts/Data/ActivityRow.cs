using LinqToDB.Mapping;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>One logged activity. <see cref="Sequence"/> is its 1-based position in the conversation.</summary>
[Table(TableNames.Activities)]
internal sealed class ActivityRow
{
    [Column("id"), PrimaryKey, Identity]
    public long Id { get; set; }

    /// <summary>Assigned when the activity is queued; the unique key that makes journal replays idempotent.</summary>
    [Column("record_id"), NotNull]
    public string RecordId { get; set; } = "";

    [Column("conversation_row_id"), NotNull]
    public long ConversationRowId { get; set; }

    [Column("sequence"), NotNull]
    public long Sequence { get; set; }

    [Column("activity_id"), Nullable]
    public string? ActivityId { get; set; }

    [Column("type"), NotNull]
    public string Type { get; set; } = "";

    [Column("timestamp_utc"), NotNull]
    public DateTime TimestampUtc { get; set; }

    [Column("local_offset_minutes"), Nullable]
    public int? LocalOffsetMinutes { get; set; }

    [Column("from_id"), Nullable]
    public string? FromId { get; set; }

    [Column("from_name"), Nullable]
    public string? FromName { get; set; }

    [Column("from_role"), Nullable]
    public string? FromRole { get; set; }

    [Column("recipient_id"), Nullable]
    public string? RecipientId { get; set; }

    [Column("text"), Nullable]
    public string? Text { get; set; }

    [Column("activity_json"), NotNull]
    public string ActivityJson { get; set; } = "";
}
