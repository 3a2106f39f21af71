using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Activities;

/// <summary>
/// The text a user actually typed: the bot's own @mention removed (matched on the mentioned id, not the
/// display name, cases/bugs B01), invisible format characters dropped and whitespace trimmed (B06).
/// </summary>
public static partial class TurnText
{
    public static string Read(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.GetMentions() ?? [])
        {
            // Only the bot's own mention goes, matched on id; other people's mentions are part of the question.
            if (botId is null || mention.Mentioned?.Id != botId || MentionName(mention) is not { Length: > 0 } name)
            {
                continue;
            }

            text = MentionPattern(name).Replace(text, " ");
        }

        return Clean(text);
    }

    // The mention's display name: from the entity's text when it has one (it can differ from mentioned.name),
    // else mentioned.name; group chats send bot mentions without text (cases/bugs B01).
    private static string? MentionName(Mention mention)
    {
        var fromText = string.IsNullOrEmpty(mention.Text)
            ? null
            : WebUtility.HtmlDecode(TagPattern().Replace(WebUtility.HtmlDecode(mention.Text), string.Empty)).Trim();
        return string.IsNullOrEmpty(fromText) ? mention.Mentioned?.Name?.Trim() : fromText;
    }

    // <at>Name</at>, in any case, with the tags possibly HTML-encoded (&lt;at&gt;) and spaces inside the tags.
    private static Regex MentionPattern(string name) => new(
        @"(?:<|&lt;)at(?:>|&gt;)\s*"
            + string.Join(@"\s+", name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
            + @"\s*(?:<|&lt;)/at(?:>|&gt;)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    /// <summary>Drops format characters (zero-width space and friends) and folds white space and control
    /// characters.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            // Control characters (NUL, bell, escape...) carry nothing a person typed: treat them as spaces.
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
