using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Activities;

/// <summary>
/// The text a user actually typed: the bot's own @mention removed (matched on the mentioned id, not the
/// display name, cases/bugs B01), invisible format characters dropped and whitespace trimmed (B06).
/// </summary>
public static class TurnText
{
    public static string Read(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (botId is not null)
        {
            foreach (var mention in activity.GetMentions() ?? [])
            {
                if (mention.Mentioned?.Id == botId && !string.IsNullOrEmpty(mention.Text))
                {
                    text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return Clean(text);
    }

    /// <summary>Drops format characters (zero-width space and friends) and folds runs of white space.</summary>
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

            if (char.IsWhiteSpace(c))
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
