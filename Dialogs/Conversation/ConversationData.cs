using Newtonsoft.Json;

namespace ChatBot.Dialogs.Conversation;

/// <summary>What the bot remembers about one conversation (conversation state, expires with it).</summary>
public sealed class ConversationData
{
    /// <summary>The entry id last answered here, so follow-ups ("and for yearly plans?") keep the topic.</summary>
    [JsonProperty("topic")]
    public string? Topic { get; set; }

    /// <summary>The user's plan once they said it ("free", "team", "business").</summary>
    [JsonProperty("plan")]
    public string? Plan { get; set; }
}
