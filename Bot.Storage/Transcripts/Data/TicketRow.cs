using LinqToDB.Mapping;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>A support ticket; the number users see is derived from <see cref="Id"/>.</summary>
[Table(TableNames.Tickets)]
internal sealed class TicketRow
{
    [Column("id"), PrimaryKey, Identity]
    public long Id { get; set; }

    [Column("channel_id"), NotNull]
    public string ChannelId { get; set; } = "";

    [Column("conversation_id"), NotNull]
    public string ConversationId { get; set; } = "";

    [Column("user_id"), NotNull]
    public string UserId { get; set; } = "";

    [Column("name"), NotNull]
    public string Name { get; set; } = "";

    [Column("email"), NotNull]
    public string Email { get; set; } = "";

    [Column("category"), NotNull]
    public string Category { get; set; } = "";

    [Column("description"), NotNull]
    public string Description { get; set; } = "";

    [Column("created_at"), NotNull]
    public DateTime CreatedAt { get; set; }
}
