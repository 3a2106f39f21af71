using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>The embedded default: no connection string, the same code on a SQLite file.</summary>
public sealed class SqliteTranscriptTests
{
    [Fact]
    public async Task LogActivity_NoConnectionStringAndRedactPii_StoredRedactedInSqliteFile()
    {
        await using var host = await TranscriptTestHost.StartAsync(
            null, new Dictionary<string, string?> { ["Transcripts:RedactPii"] = "true" });
        var adapter = host.CreateAdapter("emulator", "sqlite-1");

        await adapter.SendTextToBotAsync("reach me at sam@example.com 😀", ScriptedBot.EchoAsync, default);

        var stored = await host.WaitForActivitiesAsync("emulator", "sqlite-1", 2);
        Assert.Equal(
            ["reach me at [email] 😀", "echo: reach me at [email] 😀"],
            stored.Select(a => a.AsMessageActivity().Text));
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "transcripts.db")));
    }

    [Fact]
    public async Task LogActivity_SqliteRefusesOneRecord_OthersWrittenInOrderAndRefusedOneSetAside()
    {
        await using var host = await TranscriptTestHost.StartAsync(
            null, new Dictionary<string, string?> { ["Transcripts:WriteAttempts"] = "2" });
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message("emulator", "warm-up", "warm-up"));
        await host.WaitForActivitiesAsync("emulator", "warm-up", 1);
        var file = Path.Combine(host.DataDirectory, "transcripts.db");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TRIGGER refuse_marked BEFORE INSERT ON transcript_activities
                WHEN NEW.text = 'refuse-me' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END;
                """;
            await command.ExecuteNonQueryAsync();
        }

        foreach (var text in new[] { "before", "refuse-me", "after" })
        {
            await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message("emulator", "sqlite-2", text));
        }

        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message("emulator", "sqlite-3", "later"));

        Assert.Single(await host.WaitForActivitiesAsync("emulator", "sqlite-3", 1));
        var stored = await host.WaitForActivitiesAsync("emulator", "sqlite-2", 2);
        Assert.Equal(["before", "after"], stored.Select(a => a.AsMessageActivity().Text));
        var rejected = await File.ReadAllTextAsync(Path.Combine(host.DataDirectory, "transcripts.journal.rejected"));
        Assert.Contains("refused by the test trigger", rejected, StringComparison.Ordinal);
        Assert.Contains("refuse-me", rejected, StringComparison.Ordinal);
    }
}
