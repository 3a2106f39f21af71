using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>One option of a choice prompt.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = [.. synonyms];
    }

    /// <summary>What the prompt returns, and the button title unless <see cref="Action"/> says otherwise.</summary>
    [JsonProperty("value")]
    public string Value { get; set; } = "";

    /// <summary>Other words that pick this option ("bill", "invoice" for "Billing").</summary>
    [JsonProperty("synonyms")]
    public List<string> Synonyms { get; set; } = [];

    /// <summary>A custom button; by default an imBack of <see cref="Value"/>.</summary>
    [JsonProperty("action")]
    public CardAction? Action { get; set; }
}
