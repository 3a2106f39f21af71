using System.Buffers;
using System.Text.Json;
using ChatBot.Bench.LoadGenerator.Questions;

namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>
/// The ChatBot: Bot Framework activities posted to <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>,
/// so the replies come back in the response body and can be checked (DESIGN.md's outward interface).
/// </summary>
public sealed class BotTarget(HttpClient http) : HttpTurnTarget(http), ITurnTarget
{
    public const string ChannelId = "directline";
    private const string BotId = "chatbot";

    public bool Supports(TurnKind kind) => true;

    public Task<TurnOutcome> SendAsync(
        string conversationId, string userId, Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        return PostAsync("/api/messages", Activity(conversationId, userId, turn), (s, b) => Judge(turn, s, b),
            cancellationToken);
    }

    /// <summary>The activity a Direct Line channel would post for <paramref name="turn"/>.</summary>
    public static byte[] Activity(string conversationId, string userId, Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.Kind == TurnKind.Join ? "conversationUpdate" : "message");
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", ChannelId);
            json.WriteString("serviceUrl", "http://127.0.0.1:9/");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "en-US");
            WriteAccount(json, "conversation", conversationId, null);
            WriteAccount(json, "from", userId, "user");
            WriteAccount(json, "recipient", BotId, "bot");
            if (turn.Kind == TurnKind.Join)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", userId);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else if (turn.Kind == TurnKind.Feedback)
            {
                // The answer card's "Yes" button (Bot/Teams/AnswerFeedbackData): an Action.Submit posts its data
                // as value; the text is only the caption.
                json.WriteString("text", turn.Text);
                json.WriteStartObject("value");
                json.WriteString("chatbot", "answerFeedback");
                json.WriteString("entryId", turn.FeedbackFor);
                json.WriteBoolean("helpful", true);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("text", turn.Text);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Checks the ExpectedReplies body: no turn error, and the answer id the turn's kind calls for.</summary>
    public static TurnOutcome Judge(Turn turn, int status, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(body);

        if (status != 200)
        {
            return new TurnOutcome(ErrorKinds.Http(status), 0);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("activities", out var activities)
                || activities.ValueKind != JsonValueKind.Array)
            {
                return new TurnOutcome(ErrorKinds.BadBody, 0);
            }

            return Judge(turn, activities);
        }
        catch (JsonException)
        {
            return new TurnOutcome(ErrorKinds.BadBody, 0);
        }
    }

    private static TurnOutcome Judge(Turn turn, JsonElement activities)
    {
        var replies = activities.GetArrayLength();
        var messages = 0;
        var answered = false;
        string? answerId = null;
        foreach (var activity in activities.EnumerateArray())
        {
            var type = activity.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "trace" && activity.TryGetProperty("label", out var label) && label.GetString() == "TurnError")
            {
                return new TurnOutcome(ErrorKinds.TurnError, replies);
            }

            if (type != "message")
            {
                continue;
            }

            messages++;
            if (!answered && TryAnswerId(activity, out var id))
            {
                answered = true;
                answerId = id;
            }
        }

        var error = turn.Kind switch
        {
            TurnKind.Join or TurnKind.Feedback => messages > 0 ? null : ErrorKinds.NoReply,
            _ when !answered => messages > 0 ? ErrorKinds.NoAnswerData : ErrorKinds.NoReply,
            _ => answerId == turn.ExpectedId ? null : ErrorKinds.WrongAnswer,
        };
        return new TurnOutcome(error, replies, answerId);
    }

    private static bool TryAnswerId(JsonElement activity, out string? id)
    {
        id = null;
        if (!activity.TryGetProperty("channelData", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("answer", out var answer) || answer.ValueKind != JsonValueKind.Object
            || !answer.TryGetProperty("id", out var value))
        {
            return false;
        }

        id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return true;
    }

    private static void WriteAccount(Utf8JsonWriter json, string property, string id, string? role)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        if (role is not null)
        {
            json.WriteString("role", role);
        }

        json.WriteEndObject();
    }
}
