using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>What /api/messages answered: the status, and the replies of an expectReplies post.</summary>
public sealed record BotResponse(int Status, string Body)
{
    /// <summary>The reply activities of an expectReplies body (none for an empty body).</summary>
    public IReadOnlyList<JObject> Replies =>
        string.IsNullOrWhiteSpace(Body) || Body[0] != '{'
            ? []
            : (JObject.Parse(Body)["activities"] as JArray)?.OfType<JObject>().ToList() ?? [];

    /// <summary>The message replies (not traces, not typing).</summary>
    public IReadOnlyList<JObject> Messages => Replies.Where(r => (string?)r["type"] == "message").ToList();

    /// <summary>The invoke response body of an invoke activity.</summary>
    public JObject? InvokeBody => string.IsNullOrWhiteSpace(Body) || Body[0] != '{' ? null : JObject.Parse(Body);
}
