using System.Globalization;
using System.Reflection;
using ChatBot.Storage.Transcripts.Redaction;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Turns an activity into a <see cref="TranscriptRecord"/> with one serialisation: a shallow copy carries the
/// stamped fields (id, timestamp, role, type) so the bot's own object is never changed, and is written straight
/// to JSON; only PII redaction, which edits the JSON, goes through a JObject.
/// </summary>
internal sealed class TranscriptRecordFactory(IOptions<TranscriptOptions> options, TimeProvider timeProvider)
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    // The SDK has no copy method on Activity or ChannelAccount; object.MemberwiseClone copies every field, so a
    // property added by a later SDK version is carried along without this code knowing about it.
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!
            .CreateDelegate<Func<object, object>>();

    public TranscriptRecord? Create(IActivity activity, TranscriptCapture capture = default)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        var copy = Stamp(activity, capture, now);

        // Milliseconds are what DATETIME(3) keeps; truncating here makes the journal and the table agree.
        var timestamp = TruncateToMilliseconds(copy.Timestamp!.Value.UtcDateTime);
        var (json, text, fromName) = options.Value.RedactPii
            ? Redacted(copy)
            : (Serialize(copy), copy.Text, copy.From.Name);

        var role = copy.From.Role;
        var fromBot = string.Equals(role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase);
        return new TranscriptRecord
        {
            RecordId = Guid.CreateVersion7(now).ToString("N"),
            ChannelId = copy.ChannelId ?? "",
            ConversationId = conversationId,
            ActivityId = copy.Id,
            Type = copy.Type ?? ActivityTypes.Message,
            TimestampUtc = timestamp,
            LocalOffsetMinutes = copy.LocalTimestamp is { } local ? (int)local.Offset.TotalMinutes : null,
            FromId = copy.From.Id,
            FromName = fromName,
            FromRole = role,
            RecipientId = copy.Recipient?.Id,
            UserId = fromBot ? copy.Recipient?.Id : copy.From.Id,
            Text = text,
            Json = json,
        }.Fitted();
    }

    /// <summary>The activity as it will be stored: a shallow copy, with its own <c>from</c> account.</summary>
    private static Activity Stamp(IActivity activity, TranscriptCapture capture, DateTimeOffset now)
    {
        var copy = activity is Activity concrete
            ? (Activity)ShallowCopy(concrete)
            : JObject.FromObject(activity, Serializer).ToObject<Activity>(Serializer)!;

        // Incoming activities always carry a role (the middleware gives them the user role when they have none), so
        // an activity logged without one is the bot's own: replies, proactive sends, updates and deletes (B18).
        var from = copy.From is { } account ? (ChannelAccount)ShallowCopy(account) : new ChannelAccount();
        from.Role = capture.Role ?? (string.IsNullOrEmpty(from.Role) ? RoleTypes.Bot : from.Role);
        copy.From = from;
        copy.Timestamp ??= now;
        copy.Type = capture.Type ?? copy.Type;
        if (capture.FillId && copy.Id is null)
        {
            // The SDK's transcript middleware names activities that have no id this way; transcripts keep it.
            copy.Id = "g_" + Guid.NewGuid().ToString();
        }

        return copy;
    }

    private static string Serialize(Activity activity)
    {
        using var writer = new StringWriter(new System.Text.StringBuilder(1024), CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, activity);
        return writer.ToString();
    }

    private static (string Json, string? Text, string? FromName) Redacted(Activity activity)
    {
        var json = JObject.FromObject(activity, Serializer);
        PiiRedactor.RedactInPlace(json);
        return (json.ToString(Formatting.None), (string?)json["text"], (string?)json["from"]?["name"]);
    }

    private static DateTime TruncateToMilliseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
