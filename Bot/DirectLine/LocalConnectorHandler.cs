using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// The Bot Connector REST calls the adapter makes for a local Direct Line conversation, answered in process:
/// a reply is appended to the conversation instead of leaving the machine. Only the calls a turn makes
/// (send, reply, update, delete, members) are served; anything else gets 404 naming the call.
/// </summary>
public sealed class LocalConnectorHandler(LocalConversationStore store, TimeProvider time) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Path: /v3/conversations/{conversationId}[/activities[/{activityId}] | /members]
        var segments = request.RequestUri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments is not ["v3", "conversations", var escapedId, ..]
            || store.Find(Uri.UnescapeDataString(escapedId)) is not { } conversation)
        {
            return Status(HttpStatusCode.NotFound, $"No local conversation for {request.RequestUri?.AbsolutePath}.");
        }

        var rest = segments[3..];
        if (rest is ["members", ..])
        {
            var members = new JArray(Member(conversation.UserId, "user"), Member(LocalDirectLineChannel.BotId, "bot"));
            return Json(rest.Length == 1 ? members : members[0]);
        }

        if (rest is not ["activities", ..])
        {
            return Status(HttpStatusCode.NotFound,
                $"The local Direct Line does not serve {request.RequestUri?.AbsolutePath}.");
        }

        if (request.Method == HttpMethod.Delete)
        {
            return Json(new JObject());
        }

        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var activity = JsonConvert.DeserializeObject<Activity>(body) ?? new Activity();
        activity.Timestamp ??= time.GetUtcNow();
        activity.ChannelId = LocalDirectLineChannel.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);

        if (request.Method == HttpMethod.Put)
        {
            conversation.Replace(activity);
            return Json(new JObject { ["id"] = activity.Id });
        }

        activity.From ??= new ChannelAccount(LocalDirectLineChannel.BotId, LocalDirectLineChannel.BotName);
        activity.From.Role = RoleTypes.Bot;
        var id = conversation.Append(activity);
        return Json(new JObject { ["id"] = id });
    }

    private static JObject Member(string id, string role) => new() { ["id"] = id, ["role"] = role };

    private static HttpResponseMessage Json(JToken body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json"),
    };

    private static HttpResponseMessage Status(HttpStatusCode status, string message) => new(status)
    {
        Content = new StringContent(new JObject { ["error"] = new JObject { ["message"] = message } }.ToString(),
            Encoding.UTF8, "application/json"),
    };
}
