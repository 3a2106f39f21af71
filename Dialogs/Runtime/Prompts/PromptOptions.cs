using ChatBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>What a prompt asks, how it asks again, and when it gives up. Stored with the prompt's state.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    [JsonProperty("prompt")]
    public Activity? Prompt { get; set; }

    /// <summary>Asked instead of <see cref="Prompt"/> after an answer that was not accepted.</summary>
    [JsonProperty("retryPrompt")]
    public Activity? RetryPrompt { get; set; }

    /// <summary>For choice prompts: what the user can pick.</summary>
    [JsonProperty("choices")]
    public List<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; <see cref="ListStyle.Auto"/> picks by channel.</summary>
    [JsonProperty("style")]
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Data for the validator (limits, patterns); read it with <see cref="GetValidations{T}"/>.</summary>
    [JsonProperty("validations")]
    public JToken? Validations { get; set; }

    /// <summary>Answers accepted before giving up; the default asks at most three times.</summary>
    [JsonProperty("maxAttempts")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Said when giving up; a default that says what happened is used when null.</summary>
    [JsonProperty("giveUpMessage")]
    public string? GiveUpMessage { get; set; }

    /// <summary>What "help" says this question is for ("your email address, so we can reply").</summary>
    [JsonProperty("help")]
    public string? Help { get; set; }

    /// <summary>The property of a submitted card's data that answers this prompt (e.g. "category").</summary>
    [JsonProperty("valueProperty")]
    public string? ValueProperty { get; set; }

    public T? GetValidations<T>() =>
        Validations is null ? default : Validations.ToObject<T>(State.StateJson.Serializer);
}
