using Microsoft.Bot.Schema;

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
}
