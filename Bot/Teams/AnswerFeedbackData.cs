using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Teams;

/// <summary>
/// The data a "did that help?" button carries, and reading it back from a card submit (<c>activity.value</c>) or
/// an <c>Action.Execute</c> invoke (<c>value.action.data</c>). User-controlled: only the known fields are read.
/// </summary>
public sealed record AnswerFeedbackData(string? EntryId, bool Helpful)
{
    public const string Verb = "answerFeedback";
    private const string Marker = "chatbot";

    public static JObject Create(string? entryId, bool helpful) => new()
    {
        [Marker] = Verb,
        ["entryId"] = entryId is null ? JValue.CreateNull() : new JValue(entryId),
        ["helpful"] = helpful,
    };

    /// <summary>The feedback in <paramref name="value"/>, or null when it is some other submit.</summary>
    public static AnswerFeedbackData? TryRead(object? value)
    {
        var data = value switch
        {
            JObject json => json,
            string text when text.StartsWith('{') => TryParse(text),
            _ => null,
        };
        if (data is null || (string?)data[Marker] != Verb || data["helpful"]?.Type != JTokenType.Boolean)
        {
            return null;
        }

        var entryId = data["entryId"]?.Type == JTokenType.String ? (string?)data["entryId"] : null;
        return new AnswerFeedbackData(entryId, (bool)data["helpful"]!);
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
