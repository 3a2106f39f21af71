using ChatBot.Answers;
using ChatBot.Bot.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Activities;

/// <summary>
/// Knowledge-base search results for Teams' compose box (a search messaging extension): each entry is a card with
/// its title and answer, ready to insert into the conversation, and a short preview for the result list.
/// </summary>
public static class SearchResults
{
    public const int MaxResults = 5;
    public const int PreviewLength = 120;

    public static MessagingExtensionResult Create(IAnswerEngine answers, string query)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(query);

        var candidates = query.Length == 0 ? [] : answers.Search(query, MaxResults);
        var attachments = candidates.Select(ToAttachment).ToList();

        return new MessagingExtensionResult
        {
            Type = "result",
            AttachmentLayout = "list",
            Attachments = attachments,
        };
    }

    private static MessagingExtensionAttachment ToAttachment(AnswerCandidate candidate)
    {
        var text = candidate.Text ?? string.Empty;
        var body = new JArray(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = candidate.Title,
            ["weight"] = "Bolder",
            ["size"] = "Medium",
            ["wrap"] = true,
        });
        if (text.Length > 0)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        }

        return new MessagingExtensionAttachment
        {
            ContentType = AnswerCard.ContentType,
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = AnswerCard.Version,
                ["body"] = body,
            },
            Preview = new ThumbnailCard { Title = candidate.Title, Text = Preview(text) }.ToAttachment(),
        };
    }

    private static string Preview(string text) =>
        text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength - 1).TrimEnd(), "…");
}
