using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Writing;
using LinqToDB;
using LinqToDB.Async;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Builds transcript records by hand and reads back what the batch writer stored, for both engines.</summary>
internal static class BatchRecords
{
    public const string Sqlite = "sqlite";
    public const string MariaDb = "mariadb";

    public static Task<TranscriptTestHost> StartAsync(
        string engine, MySqlDatabaseFixture database, Action<IServiceCollection>? configure = null) =>
        TranscriptTestHost.StartAsync(
            engine == MariaDb ? database.ConnectionString : null,
            new Dictionary<string, string?> { ["Transcripts:PageSize"] = "2" },
            configure);

    public static TranscriptRecord Record(
        string channel, string conversation, DateTime at, string? userId = "user-1", string text = "hi") => new()
    {
        RecordId = Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        ConversationId = conversation,
        ActivityId = Guid.NewGuid().ToString("N"),
        Type = "message",
        TimestampUtc = at,
        FromId = userId,
        FromRole = "user",
        RecipientId = "bot-1",
        UserId = userId,
        Text = text,
        Json = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["timestamp"] = at.ToString("O"),
            ["channelId"] = channel,
            ["conversation"] = new JObject { ["id"] = conversation },
        }.ToString(Newtonsoft.Json.Formatting.None),
    };

    public static async Task<ConversationRow> ConversationAsync(
        TranscriptTestHost host, string channel, string conversation)
    {
        await using var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open();
        return await db.Conversations.SingleAsync(c => c.ChannelId == channel && c.ConversationId == conversation);
    }

    /// <summary>The conversation's activities as (sequence, text), in sequence order.</summary>
    public static async Task<List<(long Sequence, string? Text)>> ActivitiesAsync(
        TranscriptTestHost host, string channel, string conversation)
    {
        await using var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open();
        var rows = await (
                from c in db.Conversations
                join a in db.Activities on c.Id equals a.ConversationRowId
                where c.ChannelId == channel && c.ConversationId == conversation
                orderby a.Sequence
                select new { a.Sequence, a.Text })
            .ToListAsync();
        return rows.ConvertAll(r => (r.Sequence, (string?)r.Text));
    }

    public static DateTime At(int hour, int minute, int second, int millisecond) =>
        new(2026, 6, 1, hour, minute, second, millisecond, DateTimeKind.Utc);
}
