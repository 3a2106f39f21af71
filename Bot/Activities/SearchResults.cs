using ChatBot.Answers;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace ChatBot.Bot.Activities;

/// <summary>Knowledge-base search results for Teams' compose box (a search messaging extension).</summary>
public static class SearchResults
{
    public const int MaxResults = 5;

    public static MessagingExtensionResult Create(IAnswerEngine answers, string query)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(query);

        var candidates = query.Length == 0 ? [] : answers.Search(query, MaxResults);
        var attachments = candidates
            .Select(c => new MessagingExtensionAttachment
            {
                ContentType = ThumbnailCard.ContentType,
                Content = new ThumbnailCard { Title = c.Title },
                Preview = new ThumbnailCard { Title = c.Title }.ToAttachment(),
            })
            .ToList();

        return new MessagingExtensionResult
        {
            Type = "result",
            AttachmentLayout = "list",
            Attachments = attachments,
        };
    }
}
