using ChatBot.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Teams;

/// <summary>
/// An answer as an Adaptive Card: the entry's title, the answer, and "did that help?" buttons. Built as JSON
/// (the AdaptiveCards package is not available here) against schema 1.4, the newest Teams renders on every
/// client. On Teams the buttons are <c>Action.Execute</c> (answered in place by the adaptiveCard/action invoke)
/// with an <c>Action.Submit</c> fallback for older clients; elsewhere they are plain <c>Action.Submit</c>.
/// </summary>
public static class AnswerCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.4";
    public const string Question = "Did that help?";

    public static Attachment Create(Answer answer, bool universalActions)
    {
        ArgumentNullException.ThrowIfNull(answer);

        var body = new JArray();
        if (!string.IsNullOrWhiteSpace(answer.Title))
        {
            body.Add(TextBlock(answer.Title, bolder: true));
        }

        body.Add(TextBlock(answer.Text));
        body.Add(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = Question,
            ["wrap"] = true,
            ["isSubtle"] = true,
            ["spacing"] = "Medium",
        });

        var actions = new JArray(
            FeedbackButton("Yes", AnswerFeedbackData.Create(answer.EntryId, helpful: true), universalActions),
            FeedbackButton("No", AnswerFeedbackData.Create(answer.EntryId, helpful: false), universalActions));
        return new Attachment { ContentType = ContentType, Content = Card(body, actions) };
    }

    /// <summary>The card after feedback: same answer, the buttons replaced by a thank-you line.</summary>
    public static JObject Answered(string? title, bool helpful)
    {
        var body = new JArray();
        if (!string.IsNullOrWhiteSpace(title))
        {
            body.Add(TextBlock(title, bolder: true));
        }

        body.Add(TextBlock(helpful
            ? "Thanks for letting us know it helped."
            : "Thanks for telling us. Type \"talk to a person\" if you'd like help from our support team."));
        return Card(body, []);
    }

    private static JObject Card(JArray body, JArray actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = body,
        ["actions"] = actions,
    };

    private static JObject TextBlock(string text, bool bolder = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bolder)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        return block;
    }

    private static JObject FeedbackButton(string title, JObject data, bool universalActions)
    {
        var submit = new JObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        return universalActions
            ? new JObject
            {
                ["type"] = "Action.Execute",
                ["title"] = title,
                ["verb"] = AnswerFeedbackData.Verb,
                ["data"] = data.DeepClone(),
                ["fallback"] = submit,
            }
            : submit;
    }
}
