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
}
