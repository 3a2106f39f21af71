using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// A record the database refuses while it answers (here a trigger refuses it, as a constraint, a strict SQL mode or
/// a value the server cannot store would) must not hold back the records around it or after it: they are written,
/// in order, and the refused one is set aside with the database's reason.
/// </summary>
public sealed class MySqlRefusedRecordTests(MySqlDatabaseFixture database) : IClassFixture<MySqlDatabaseFixture>
{
    [Fact]
    public async Task LogActivity_DatabaseRefusesOneRecord_OthersWrittenInOrderAndRefusedOneSetAside()
    {
        var channel = "refuse-" + Guid.NewGuid().ToString("N")[..8];
        var marker = "refuse-me-" + Guid.NewGuid().ToString("N");
        var trigger = "refuse_" + Guid.NewGuid().ToString("N")[..12];
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?> { ["Transcripts:WriteAttempts"] = "2" });
        await WaitForSchemaAsync(host);
        await ExecuteAsync($"""
            CREATE TRIGGER {trigger} BEFORE INSERT ON transcript_activities FOR EACH ROW
            BEGIN
              IF NEW.text = '{marker}' THEN
                SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test trigger';
              END IF;
            END
            """);
        try
        {
            var logger = host.Services.GetRequiredService<ITranscriptLogger>();
            foreach (var text in new[] { "before", marker, "after" })
            {
                await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "conversation-a", text));
            }

            await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "conversation-b", "later"));

            Assert.Single(await host.WaitForActivitiesAsync(channel, "conversation-b", 1, seconds: 30));
            var stored = await host.WaitForActivitiesAsync(channel, "conversation-a", 2, seconds: 10);
            Assert.Equal(["before", "after"], stored.Select(a => a.AsMessageActivity().Text));
            Assert.False(File.Exists(Path.Combine(host.DataDirectory, "transcripts.journal"))
                && new FileInfo(Path.Combine(host.DataDirectory, "transcripts.journal")).Length > 0);

            var rejected = Assert.Single(
                await File.ReadAllLinesAsync(Path.Combine(host.DataDirectory, "transcripts.journal.rejected")));
            using var line = JsonDocument.Parse(rejected);
            Assert.Contains("refused by the test trigger", line.RootElement.GetProperty("Reason").GetString(),
                StringComparison.Ordinal);
            Assert.Equal(marker, line.RootElement.GetProperty("Record").GetProperty("Text").GetString());
        }
        finally
        {
            await ExecuteAsync($"DROP TRIGGER IF EXISTS {trigger}");
        }
    }

    // The writer creates the tables on its first batch; the trigger needs them first.
    private static async Task WaitForSchemaAsync(TranscriptTestHost host)
    {
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();
        var channel = "schema-" + Guid.NewGuid().ToString("N")[..8];
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "warm-up", "warm-up"));
        await host.WaitForActivitiesAsync(channel, "warm-up", 1, seconds: 30);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
