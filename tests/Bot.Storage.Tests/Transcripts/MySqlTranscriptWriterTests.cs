using System.Diagnostics.Metrics;
using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Store;
using ChatBot.Storage.Transcripts.Writing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>The background writer and schema on the real test MariaDB: load, restarts, purge, migrations.</summary>
public sealed class MySqlTranscriptWriterTests(MySqlDatabaseFixture database, ITestOutputHelper output)
    : IClassFixture<MySqlDatabaseFixture>
{
    [Fact]
    public async Task LogActivity_5000ActivitiesIn50Conversations_MultiRowInsertsAndPeakDepthMeasured()
    {
        var channel = "load-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        using var rows = new MetricCollector<int>(
            host.Services.GetRequiredService<IMeterFactory>(), TranscriptMetrics.MeterName,
            "chatbot.transcripts.rows_per_insert");
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await logger.LogActivityAsync(Message(channel, $"c{c}", $"m{i}"));
            }
        })));

        var last = await host.WaitForActivitiesAsync(channel, "c49", 100);
        foreach (var c in new[] { 0, 17, 49 })
        {
            Assert.Equal(
                Enumerable.Range(0, 100).Select(i => $"m{i}"),
                (await host.WaitForActivitiesAsync(channel, $"c{c}", 100)).Select(a => a.AsMessageActivity().Text));
        }

        var inserts = rows.GetMeasurementSnapshot();
        var metrics = host.Metrics;
        output.WriteLine(
            $"activities=5000 inserts={inserts.Count} rows/insert avg={inserts.Average(m => m.Value):F1} "
            + $"max={metrics.MaxRowsPerInsert} peak queue depth={metrics.PeakQueueDepth}");
        Assert.Equal(100, last.Count);
        Assert.True(metrics.MaxRowsPerInsert > 1, "every INSERT carried a single row");
        Assert.True(metrics.PeakQueueDepth > 0);
    }

    [Fact]
    public async Task LogActivity_DatabaseUnreachableUntilRestart_JournalReplayedOnNextStart()
    {
        var channel = "journal-" + Guid.NewGuid().ToString("N")[..8];
        var dataDirectory = TranscriptTestHost.NewDataDirectory();
        const string nobodyListens = "Server=127.0.0.1;Port=3469;Database=chatbot;User ID=x;Password=x;"
            + "Connection Timeout=1";
        await using (var down = await TranscriptTestHost.StartAsync(
            nobodyListens, new Dictionary<string, string?> { ["Transcripts:WriteAttempts"] = "1" },
            dataDirectory: dataDirectory))
        {
            var logger = down.Services.GetRequiredService<ITranscriptLogger>();
            for (var i = 0; i < 20; i++)
            {
                await logger.LogActivityAsync(Message(channel, "c1", $"m{i}"));
            }

            await down.StopAsync();
            Assert.True(new FileInfo(Path.Combine(dataDirectory, "transcripts.journal")).Length > 0);
        }

        await using var up = await TranscriptTestHost.StartAsync(database.ConnectionString,
            dataDirectory: dataDirectory);
        await up.Services.GetRequiredService<ITranscriptLogger>().LogActivityAsync(Message(channel, "c1", "after"));

        var stored = await up.WaitForActivitiesAsync(channel, "c1", 21);
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => $"m{i}").Append("after"),
            stored.Select(a => a.AsMessageActivity().Text));
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Purge_ConversationsOlderThan30Days_OnlyOldOnesDeleted()
    {
        var channel = "purge-" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString, configure: s => s.AddSingleton<TimeProvider>(clock));
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();
        await logger.LogActivityAsync(Message(channel, "old", "x", clock.GetUtcNow().AddDays(-40)));
        await logger.LogActivityAsync(Message(channel, "recent", "y", clock.GetUtcNow().AddDays(-1)));
        await host.WaitForActivitiesAsync(channel, "old", 1);
        await host.WaitForActivitiesAsync(channel, "recent", 1);

        await host.Services.GetRequiredService<TranscriptMaintenance>().PurgeAsync(TimeSpan.FromDays(30), default);

        Assert.Empty(await host.ReadAllAsync(channel, "old"));
        Assert.Single(await host.ReadAllAsync(channel, "recent"));
    }

    [Fact]
    public async Task EnsureCreated_FourInstancesStartTogether_OneMigrationRecordedNoError()
    {
        await using var fresh = new MySqlDatabaseFixture();
        await fresh.InitializeAsync();
        var schemas = Enumerable.Range(0, 4).Select(_ => new TranscriptSchema(
            TranscriptConnectionFactory.ForMySql(fresh.ConnectionString),
            TimeProvider.System,
            NullLogger<TranscriptSchema>.Instance)).ToList();

        await TestEnvironment.WithTimeout(Task.WhenAll(schemas.Select(s => s.EnsureCreatedAsync(default))));

        await using var connection = new MySqlConnector.MySqlConnection(fresh.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlConnector.MySqlCommand(
            "SELECT COUNT(*) FROM transcript_schema_versions", connection);
        Assert.Equal(SchemaMigrations.All.Count, Convert.ToInt32(await command.ExecuteScalarAsync(),
            System.Globalization.CultureInfo.InvariantCulture));
        schemas.ForEach(s => s.Dispose());
    }

    internal static Activity Message(string channel, string conversation, string text, DateTimeOffset? at = null) =>
        new(ActivityTypes.Message)
        {
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            Timestamp = at,
            ChannelId = channel,
            Conversation = new ConversationAccount(id: conversation),
            From = new ChannelAccount("user-" + conversation, "User", RoleTypes.User),
            Recipient = new ChannelAccount("bot-1", "HelpBot", RoleTypes.Bot),
        };
}
