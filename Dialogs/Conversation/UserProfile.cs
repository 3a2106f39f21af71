using Newtonsoft.Json;

namespace ChatBot.Dialogs.Conversation;

/// <summary>What the bot remembers about a user across conversations (user state).</summary>
public sealed class UserProfile
{
    /// <summary>The name the user gave (in the handoff flow); used in the welcome back.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>A language the user said they prefer, as an ISO 639-1 code ("de").</summary>
    [JsonProperty("preferredLanguage")]
    public string? PreferredLanguage { get; set; }

    /// <summary>Messages received from this user, all conversations together.</summary>
    [JsonProperty("messageCount")]
    public int MessageCount { get; set; }

    /// <summary>The knowledge-base entry last answered for this user, and its title.</summary>
    [JsonProperty("lastTopic")]
    public string? LastTopic { get; set; }

    [JsonProperty("lastTopicTitle")]
    public string? LastTopicTitle { get; set; }
}
