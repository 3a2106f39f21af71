using ChatBot.Storage.Transcripts.Data;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// An activity as it travels from the logger to the database: queued, journaled as JSON, then inserted.
/// Already redacted; <see cref="RecordId"/> is its idempotency key.
/// </summary>
internal sealed record TranscriptRecord
{
    public required string RecordId { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public string? ActivityId { get; init; }

    public required string Type { get; init; }

    public required DateTime TimestampUtc { get; init; }

    public int? LocalOffsetMinutes { get; init; }

    public string? FromId { get; init; }

    public string? FromName { get; init; }

    public string? FromRole { get; init; }

    public string? RecipientId { get; init; }

    /// <summary>The human side of the conversation: the sender, or the recipient of a bot's message.</summary>
    public string? UserId { get; init; }

    public string? Text { get; init; }

    public required string Json { get; init; }

    /// <summary>
    /// This record with every column value fitted to its MySQL column (<see cref="ColumnFit"/>): the factory's
    /// records already are; journal entries written before the fit may not be, and would block the replay.
    /// </summary>
    public TranscriptRecord Fitted()
    {
        var fitted = this with
        {
            ChannelId = ColumnFit.Id(ChannelId, ColumnFit.ChannelId),
            ConversationId = ColumnFit.Id(ConversationId, ColumnFit.ConversationId),
            ActivityId = ColumnFit.OptionalId(ActivityId, ColumnFit.ActivityId),
            Type = ColumnFit.Id(Type, ColumnFit.Type),
            FromId = ColumnFit.OptionalId(FromId, ColumnFit.UserId),
            FromName = ColumnFit.Text(FromName, ColumnFit.Name),
            FromRole = ColumnFit.Text(FromRole, ColumnFit.Role),
            RecipientId = ColumnFit.OptionalId(RecipientId, ColumnFit.UserId),
            UserId = ColumnFit.OptionalId(UserId, ColumnFit.UserId),
        };
        return fitted == this ? this : fitted;
    }
}
