using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// Real channel payloads from the shared case folder, made safe to replay: every <c>serviceUrl</c> is
/// pointed at the loopback connector stub (keeping its path, which Teams uses for the tenant region).
/// </summary>
public static class ActivityPayloads
{
    public static JObject Load(string fileName, Uri connector)
    {
        var json = JToken.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Activities, fileName)));
        return json is JObject activity
            ? Rewrite(activity, connector)
            : throw new InvalidDataException($"{fileName} holds a {json.Type}, not one activity.");
    }

    /// <summary>The activities of a <c>.transcript</c> file that a user sent to the bot, in order.</summary>
    public static IReadOnlyList<JObject> LoadUserTurns(string fileName, Uri connector)
    {
        var transcript = JArray.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Activities, fileName)));
        return transcript.OfType<JObject>()
            .Where(a => (string?)a["recipient"]?["role"] == "bot" || (string?)a["from"]?["role"] == "user")
            .Where(a => (string?)a["type"] is "message" or "conversationUpdate")
            .Select(a => Rewrite(a, connector))
            .ToList();
    }

    public static JObject Rewrite(JObject activity, Uri connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);

        var copy = (JObject)activity.DeepClone();
        if ((string?)copy["serviceUrl"] is { } original && Uri.TryCreate(original, UriKind.Absolute, out var uri))
        {
            copy["serviceUrl"] = new Uri(connector, uri.PathAndQuery.TrimStart('/')).ToString();
        }

        return copy;
    }
}
