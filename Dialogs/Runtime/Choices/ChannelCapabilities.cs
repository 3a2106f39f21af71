namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>What a channel can show. Channels not listed get plain text, which every channel shows.</summary>
public static class ChannelCapabilities
{
    // Teams ignores suggested actions in channels and group chats, so buttons there would be lost:
    // it gets a numbered list for prompts and Adaptive Cards where the bot wants buttons.
    private static readonly Dictionary<string, int> SuggestedActionLimits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["directline"] = 100,
        ["webchat"] = 100,
        ["emulator"] = 100,
        ["test"] = 100,
        ["facebook"] = 10,
        ["telegram"] = 100,
        ["line"] = 13,
        ["kik"] = 20,
    };

    private static readonly HashSet<string> AdaptiveCardChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams",
        "directline",
        "webchat",
    };

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount) =>
        channelId is not null && SuggestedActionLimits.TryGetValue(channelId, out var max) && buttonCount <= max;

    /// <summary>Channels where the bot sends Adaptive Cards (Teams and Web Chat over Direct Line).</summary>
    public static bool SupportsAdaptiveCards(string? channelId) =>
        channelId is not null && AdaptiveCardChannels.Contains(channelId);
}
