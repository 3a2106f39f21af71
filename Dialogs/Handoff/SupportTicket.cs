namespace ChatBot.Dialogs.Handoff;

/// <summary>A request for a person, collected by the handoff dialog. <see cref="Number"/> is set by the
/// store.</summary>
public sealed record SupportTicket
{
    public string Number { get; init; } = "";

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Category { get; init; }

    public required string Description { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
