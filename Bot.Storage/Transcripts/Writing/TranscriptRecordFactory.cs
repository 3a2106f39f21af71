using ChatBot.Storage.Transcripts.Redaction;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>Turns an activity into a <see cref="TranscriptRecord"/>: stamped, redacted when configured,
/// serialised.</summary>
internal sealed class TranscriptRecordFactory(IOptions<TranscriptOptions> options, TimeProvider timeProvider)
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    public TranscriptRecord? Create(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return null;
        }

        // Milliseconds are what DATETIME(3) keeps; truncating here makes the journal and the table agree.
        var timestamp = TruncateToMilliseconds((activity.Timestamp ?? timeProvider.GetUtcNow()).UtcDateTime);
        var json = JObject.FromObject(activity, Serializer);
        if (json["timestamp"] is null)
        {
            json["timestamp"] = timestamp.ToString("O");
        }

        // The SDK's middleware gives incoming activities the user role and leaves what the bot sends without one,
        // so an activity without a role is the bot's own: replies, proactive sends, updates and deletes (B18).
        var role = string.IsNullOrEmpty(activity.From?.Role) ? RoleTypes.Bot : activity.From.Role;
        if (json["from"] is JObject from)
        {
            from["role"] = role;
        }
        else
        {
            json["from"] = new JObject { ["role"] = role };
        }

        if (options.Value.RedactPii)
        {
            PiiRedactor.RedactInPlace(json);
        }

        var fromBot = string.Equals(role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase);
        return new TranscriptRecord
        {
            RecordId = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N"),
            ChannelId = activity.ChannelId ?? "",
            ConversationId = conversationId,
            ActivityId = activity.Id,
            Type = activity.Type ?? ActivityTypes.Message,
            TimestampUtc = timestamp,
            LocalOffsetMinutes = activity.LocalTimestamp is { } local ? (int)local.Offset.TotalMinutes : null,
            FromId = activity.From?.Id,
            FromName = (string?)json["from"]?["name"],
            FromRole = role,
            RecipientId = activity.Recipient?.Id,
            UserId = fromBot ? activity.Recipient?.Id : activity.From?.Id,
            Text = (string?)json["text"],
            Json = json.ToString(Formatting.None),
        };
    }

    private static DateTime TruncateToMilliseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
