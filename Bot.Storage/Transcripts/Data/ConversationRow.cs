using LinqToDB.Mapping;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>One conversation of one channel: the parent row of its activities.</summary>
[Table(TableNames.Conversations)]
internal sealed class ConversationRow
{
    [Column("id"), PrimaryKey, Identity]
    public long Id { get; set; }

    [Column("channel_id"), NotNull]
    public string ChannelId { get; set; } = "";

    [Column("conversation_id"), NotNull]
    public string ConversationId { get; set; } = "";

    [Column("user_id"), Nullable]
    public string? UserId { get; set; }

    [Column("first_activity_at"), NotNull]
    public DateTime FirstActivityAt { get; set; }

    [Column("last_activity_at"), NotNull]
    public DateTime LastActivityAt { get; set; }

    [Column("activity_count"), NotNull]
    public long ActivityCount { get; set; }
}
