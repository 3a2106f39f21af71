using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Store;
using ChatBot.Storage.Transcripts.Writing;
using LinqToDB;
using LinqToDB.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ChatBot.Storage.Tests.Transcripts.BatchRecords;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// The conversation upsert is hand-written SQL; these tests hold its DateTime columns to what linq2db itself
/// writes (SQLite keeps them as text, so a different format would compare wrongly), then read them back through
/// the store, paging, export and the retention purge. Each test has a database of its own: the purge is global.
/// </summary>
public sealed class ConversationDateTextTests
{
    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task Write_SameTimesAsLinqToDbInsertOrUpdateAndInsert_StoredTextIdentical(string engine)
    {
        await using var database = new MySqlDatabaseFixture();
        await database.InitializeAsync();
        await using var host = await StartAsync(engine, database);
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        var times = new[] { At(8, 0, 0, 0), At(8, 0, 0, 500), At(8, 0, 0, 7), At(23, 59, 59, 999) };

        var kind = host.Services.GetRequiredService<TranscriptConnectionFactory>().Kind;

        foreach (var (time, i) in times.Select((t, i) => (t, i)))
        {
            await writer.WriteAsync([Record("text", "by-upsert", time)], mayBeStored: false, default);
            await LinqToDbUpsertAsync(host, "by-linq2db", time, i == 0);

            Assert.Equal(await RawDatesAsync(host, kind, "by-linq2db"), await RawDatesAsync(host, kind, "by-upsert"));
            Assert.Equal(
                await LinqToDbActivityTimeAsync(host, kind, time, i + 1),
                await RawActivityTimeAsync(host, kind, $"(SELECT id FROM {TableNames.Conversations} "
                    + "WHERE conversation_id = 'by-upsert')", i + 1));
        }

        var stored = await ConversationAsync(host, "text", "by-upsert");
        Assert.Equal((At(8, 0, 0, 0), At(23, 59, 59, 999)), (stored.FirstActivityAt, stored.LastActivityAt));
    }

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task Upsert_ThenStorePagesExportAndPurge_TimesRoundTripToTheMillisecond(string engine)
    {
        await using var database = new MySqlDatabaseFixture();
        await database.InitializeAsync();
        var last = At(12, 0, 0, 0);
        var clock = new FakeTimeProvider(new DateTimeOffset(last.AddDays(30)));
        await using var host = await StartAsync(engine, database, s => s.AddSingleton<TimeProvider>(clock));
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        await writer.WriteAsync([Record("rt", "c", At(11, 59, 59, 999), text: "one")], mayBeStored: false, default);
        await writer.WriteAsync(
            [Record("rt", "c", last, text: "three"), Record("rt", "c", At(11, 59, 59, 999), text: "two")],
            mayBeStored: false,
            default);

        var listed = await host.Store.ListTranscriptsAsync("rt");
        var since = await host.Store.GetTranscriptActivitiesAsync("rt", "c", null, new DateTimeOffset(last));
        var all = await host.ReadAllAsync("rt", "c");
        using var exported = new MemoryStream();
        var exportedCount = await host.Services.GetRequiredService<TranscriptExporter>()
            .ExportAsync("rt", "c", exported, default);
        var maintenance = host.Services.GetRequiredService<TranscriptMaintenance>();
        var purgedAtTheBoundary = await maintenance.PurgeAsync(TimeSpan.FromDays(30), default);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var purgedJustAfter = await maintenance.PurgeAsync(TimeSpan.FromDays(30), default);

        Assert.Equal(new DateTimeOffset(At(11, 59, 59, 999)), Assert.Single(listed.Items).Created);
        Assert.Equal(["three"], since.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(["one", "three", "two"], all.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(3, exportedCount);
        Assert.Equal((0, 1), (purgedAtTheBoundary, purgedJustAfter));
        Assert.Empty(await host.ReadAllAsync("rt", "c"));
    }

    /// <summary>The reference: the per-row upsert the batch writer used before, written with linq2db's API.</summary>
    private static async Task LinqToDbUpsertAsync(TranscriptTestHost host, string conversation, DateTime at, bool first)
    {
        await using var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open();
        if (first)
        {
            await db.InsertAsync(new ConversationRow
            {
                ChannelId = "text", ConversationId = conversation, FirstActivityAt = at, LastActivityAt = at,
                ActivityCount = 1,
            });
            return;
        }

        await db.Conversations.InsertOrUpdateAsync(
            () => new ConversationRow
            {
                ChannelId = "text", ConversationId = conversation, FirstActivityAt = at, LastActivityAt = at,
                ActivityCount = 1,
            },
            c => new ConversationRow
            {
                FirstActivityAt = c.FirstActivityAt < at ? c.FirstActivityAt : at,
                LastActivityAt = c.LastActivityAt > at ? c.LastActivityAt : at,
                ActivityCount = c.ActivityCount + 1,
            },
            () => new ConversationRow { ChannelId = "text", ConversationId = conversation });
    }

    /// <summary>The reference for an activity's time: a row inserted with linq2db's API, read back raw.</summary>
    private static async Task<string> LinqToDbActivityTimeAsync(
        TranscriptTestHost host, TranscriptDatabaseKind kind, DateTime at, int sequence)
    {
        await using (var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open())
        {
            await db.InsertAsync(new ActivityRow
            {
                RecordId = Guid.NewGuid().ToString("N"), ConversationRowId = -1, Sequence = sequence,
                Type = "message", TimestampUtc = at, ActivityJson = "{}",
            });
        }

        return await RawActivityTimeAsync(host, kind, "-1", sequence);
    }

    private static async Task<string> RawActivityTimeAsync(
        TranscriptTestHost host, TranscriptDatabaseKind kind, string conversationRowId, int sequence)
    {
        await using var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open();
        var column = kind == TranscriptDatabaseKind.MySql
            ? "CAST(timestamp_utc AS CHAR)"
            : "typeof(timestamp_utc) || ' ' || timestamp_utc";
        return await db.ExecuteAsync<string>(
            $"SELECT {column} FROM {TableNames.Activities} "
                + $"WHERE conversation_row_id = {conversationRowId} AND sequence = @s",
            new DataParameter("s", sequence));
    }

    /// <summary>The dates as the engine stores them (text on SQLite, DATETIME(3) on MariaDB).</summary>
    private static async Task<string> RawDatesAsync(
        TranscriptTestHost host, TranscriptDatabaseKind kind, string conversation)
    {
        await using var db = host.Services.GetRequiredService<TranscriptConnectionFactory>().Open();
        var columns = kind == TranscriptDatabaseKind.MySql
            ? "CONCAT(CAST(first_activity_at AS CHAR), ' | ', CAST(last_activity_at AS CHAR))"
            : "typeof(first_activity_at) || ' ' || first_activity_at || ' | ' || last_activity_at";
        return await db.ExecuteAsync<string>(
            $"SELECT {columns} FROM {TableNames.Conversations} WHERE conversation_id = @c",
            new DataParameter("c", conversation));
    }
}
