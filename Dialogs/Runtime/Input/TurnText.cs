using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Input;

/// <summary>
/// The text the user meant, from an incoming activity: the bot's own @mention removed (matched on the
/// mentioned id, never the display name, bug B01), then normalized. Other people's mentions stay.
/// Mention entities without a "text" field are tolerated.
/// </summary>
public static partial class TurnText
{
    public static string Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (activity is not IMessageActivity message || string.IsNullOrEmpty(message.Text))
        {
            return "";
        }

        var text = message.Text;
        var botId = activity.Recipient?.Id;
        foreach (var entity in message.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || botId is null)
            {
                continue;
            }

            var mention = entity.Properties;
            if (mention?["mentioned"]?["id"]?.Value<string>() != botId)
            {
                continue;
            }

            // Group chats can omit the entity's "text"; the tag is then rebuilt from the entity's own name.
            var mentionText = mention["text"]?.Value<string>();
            var mentionedName = mention["mentioned"]?["name"]?.Value<string>();
            text = !string.IsNullOrEmpty(mentionText) ? text.Replace(mentionText, "", StringComparison.Ordinal)
                : mentionedName is null ? text
                : BotTag().Replace(text, match => match.Groups[1].Value == mentionedName ? "" : match.Value);
        }

        return InputText.Normalize(text);
    }

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex BotTag();
}
