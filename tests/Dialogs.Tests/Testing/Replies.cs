using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>Reads what the bot said, the way a channel shows it.</summary>
public static class Replies
{
    public static JToken? AnswerId(IActivity? reply) => AnswerData(reply)?["id"];

    public static double? Confidence(IActivity? reply) => AnswerData(reply)?["confidence"]?.Value<double>();

    public static IReadOnlyList<string> Buttons(IMessageActivity? reply) =>
        [.. reply?.SuggestedActions?.Actions?.Select(a => a.Title) ?? []];

    public static JObject? AdaptiveCard(IMessageActivity? reply) =>
        reply?.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            ?.Content as JObject;

    private static JObject? AnswerData(IActivity? reply) =>
        (reply as IMessageActivity)?.ChannelData is JObject data ? data["answer"] as JObject : null;
}
