using System.Diagnostics;
using Microsoft.Bot.Schema;
using MySqlConnector;
using Xunit.Abstractions;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Bug B19: the database goes away mid-conversation and comes back; nothing is lost or doubled.</summary>
public sealed class MariaDbOutageTests(ITestOutputHelper output)
{
    private const string Channel = "directline";
    private const int Turns = 1_000;
    private const int StopAtTurn = 300;
    private const int StartAtTurn = 700;

    [Fact]
    public async Task LogActivity_MariaDbStoppedDuring1000Turns_AllRowsPresentNoneTwice()
    {
        await using var server = new OwnMariaDb("transcripts-outage");
        await server.StartAsync();
        await ResetDatabaseAsync(server.ConnectionString);
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await using var host = await TranscriptTestHost.StartAsync(server.ConnectionString);
        var adapter = host.CreateAdapter(Channel, conversation);
        var slowestTurn = TimeSpan.Zero;

        for (var turn = 0; turn < Turns; turn++)
        {
            if (turn == StopAtTurn)
            {
                await server.StopAsync();
            }

            if (turn == StartAtTurn)
            {
                await server.StartAsync();
            }

            var clock = Stopwatch.StartNew();
            await TestEnvironment.WithTimeout(
                adapter.SendTextToBotAsync($"turn {turn}", ScriptedBot.EchoAsync, default));
            slowestTurn = clock.Elapsed > slowestTurn ? clock.Elapsed : slowestTurn;
        }

        var stored = await host.WaitForActivitiesAsync(Channel, conversation, Turns * 2, seconds: 180);
        var expected = Enumerable.Range(0, Turns).SelectMany(t => new[] { $"turn {t}", $"echo: turn {t}" });
        var metrics = host.Metrics;
        output.WriteLine($"turns={Turns} slowest turn={slowestTurn.TotalMilliseconds:F0} ms "
            + $"max rows/insert={metrics.MaxRowsPerInsert} peak queue depth={metrics.PeakQueueDepth}");
        Assert.Equal(expected, stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(Turns * 2, await ScalarAsync(server.ConnectionString,
            "SELECT COUNT(DISTINCT record_id) FROM transcript_activities"));
        Assert.Equal(Turns * 2, await ScalarAsync(server.ConnectionString,
            "SELECT MAX(sequence) FROM transcript_activities"));
        Assert.True(metrics.MaxRowsPerInsert >= 1, "no INSERT was measured");
        Assert.True(slowestTurn < TimeSpan.FromSeconds(2), $"a turn waited {slowestTurn} for the database");
    }

    private static async Task ResetDatabaseAsync(string connectionString)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "DROP TABLE IF EXISTS transcript_activities, transcript_conversations, support_tickets, "
            + "transcript_schema_versions",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
