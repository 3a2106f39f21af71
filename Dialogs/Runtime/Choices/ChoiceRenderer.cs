using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>Adds a prompt's options to its question, in the style the channel can show.</summary>
public static class ChoiceRenderer
{
    public static Activity Render(Activity? prompt, IReadOnlyList<Choice> choices, ListStyle style, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(choices);

        var activity = prompt ?? (Activity)MessageFactory.Text("");
        var resolved = style == ListStyle.Auto
            ? ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count) ? ListStyle.SuggestedAction
                : ListStyle.List
            : style;

        switch (resolved)
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(ToAction)] };
                break;
            case ListStyle.List:
                activity.Text = AppendList(activity.Text, choices);
                break;
            case ListStyle.Inline:
                activity.Text = AppendInline(activity.Text, choices);
                break;
            case ListStyle.None:
            case ListStyle.Auto:
            default:
                break;
        }

        return activity;
    }

    public static CardAction ToAction(Choice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);

        return choice.Action ?? new CardAction(ActionTypes.ImBack, title: choice.Value, value: choice.Value);
    }

    private static string AppendList(string? text, IReadOnlyList<Choice> choices)
    {
        var builder = new StringBuilder(text ?? "");
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(i == 0 ? "\n\n" : "\n").Append("   ").Append(i + 1).Append(". ").Append(Title(choices[i]));
        }

        return builder.ToString();
    }

    private static string AppendInline(string? text, IReadOnlyList<Choice> choices)
    {
        var parts = choices.Select((c, i) => $"({i + 1}) {Title(c)}").ToList();
        var joined = parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts[..^1])} or {parts[^1]}";
        return string.IsNullOrEmpty(text) ? joined : $"{text} {joined}";
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;
}
