namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>What one batch adds to one conversation row: its activities' count, time range and user.</summary>
internal sealed record ConversationTotals(
    string ChannelId,
    string ConversationId,
    string? UserId,
    DateTime FirstActivityAt,
    DateTime LastActivityAt,
    int Count);
