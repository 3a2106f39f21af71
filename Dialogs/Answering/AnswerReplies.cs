using ChatBot.Answers;
using ChatBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Answering;

/// <summary>
/// The activities of the answer flow. Every reply that answers from the knowledge base carries
/// <c>channelData.answer = {id, confidence}</c> (DESIGN.md): id null when abstaining, "smalltalk" for
/// small talk. It is a JObject because the SDK serialises activities with Newtonsoft.
/// </summary>
public static class AnswerReplies
{
    public const string FeedbackProperty = "feedback";
    public const string AnswerIdProperty = "answerId";

    public static Activity Answer(string text, string? entryId, double confidence)
    {
        var reply = MessageFactory.Text(text);
        reply.ChannelData = AnswerChannelData(entryId, confidence);
        return reply;
    }

    public static Activity Answer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        return Answer(answer.Text, answer.EntryId, answer.Confidence);
    }

    public static JObject AnswerChannelData(string? entryId, double confidence) => new()
    {
        ["answer"] = new JObject
        {
            ["id"] = entryId is null ? JValue.CreateNull() : new JValue(entryId),
            ["confidence"] = Math.Round(Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1), 4),
        },
    };

    /// <summary>
    /// "Did that help?": an Adaptive Card with Yes/No submit actions where the channel renders cards (Teams,
    /// Web Chat), which come back as a message with only <c>value</c>; Yes/No buttons elsewhere.
    /// </summary>
    public static Activity FeedbackQuestion(string? channelId, string entryId)
    {
        var question = MessageFactory.Text("Did that help?");
        if (!ChannelCapabilities.SupportsAdaptiveCards(channelId))
        {
            return ChoiceRenderer.Render(question, FeedbackChoices, ListStyle.Auto, channelId);
        }

        question.Attachments = [new Attachment
        {
            ContentType = "application/vnd.microsoft.card.adaptive",
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.3",
                ["body"] = new JArray(),
                ["actions"] = new JArray(SubmitAction("Yes", "yes", entryId), SubmitAction("No", "no", entryId)),
            },
        }];
        return question;
    }

    /// <summary>
    /// The verdict a submitted "did that help?" card carries: <c>{"feedback": "yes"|"no"}</c> from our card, or
    /// <c>{"helpful": true|false}</c> from cards that post a flag. Null when the data is neither.
    /// </summary>
    public static bool? ReadVerdict(object? value)
    {
        if (Runtime.Input.CardValue.AsToken(value) is not JObject data)
        {
            return null;
        }

        if (data.GetValue("helpful", StringComparison.OrdinalIgnoreCase) is JValue { Type: JTokenType.Boolean } flag)
        {
            return flag.Value<bool>();
        }

        return data.GetValue(FeedbackProperty, StringComparison.OrdinalIgnoreCase)?.ToString() switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
    }

    public static IReadOnlyList<Choice> FeedbackChoices { get; } =
    [
        new("Yes", "yes it did", "it did", "helpful", "thanks", "thank you", "great", "perfect", "👍"),
        new("No", "no it didn't", "not really", "not helpful", "didn't help", "👎"),
    ];

    private static JObject SubmitAction(string title, string verdict, string entryId) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JObject { [FeedbackProperty] = verdict, [AnswerIdProperty] = entryId },
    };
}
