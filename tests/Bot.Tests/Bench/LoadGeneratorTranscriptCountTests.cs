using ChatBot.Bench.LoadGenerator;
using ChatBot.Bench.LoadGenerator.Running;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace ChatBot.Bot.Tests.Bench;

/// <summary>
/// The load generator's transcript check against the real bot on the real test MariaDB: "rows written" must be
/// the level's own rows, so it equals "expected" even while other rows reach the table (the calibration's backlog
/// still draining when a level starts made it report 19880/19516 before).
/// </summary>
public sealed class LoadGeneratorTranscriptCountTests
{
    private const string MySqlVariable = "CHATBOT_TEST_MYSQL";

    [Fact]
    public async Task RunAsync_OtherConversationsLoggedDuringTheLevel_RowsWrittenEqualsActivitiesPlusReplies()
    {
        var server = Environment.GetEnvironmentVariable(MySqlVariable) is { Length: > 0 } value
            ? new MySqlConnectionStringBuilder(value)
            : throw new InvalidOperationException(
                $"{MySqlVariable} is not set. Run the tests through scripts/test.sh, or start a MariaDB with "
                + "scripts/services.sh (start_mariadb NAME PORT) and export its connection string.");
        var database = "loadgen_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE `{database}` CHARACTER SET utf8mb4");
        server.Database = database;
        try
        {
            using var bot = new BotServer(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Transcripts"] = server.ConnectionString,
                ["RateLimit:PermitLimit"] = "100000",
                ["Transcripts:DataDirectory"] =
                    Path.Combine(Path.GetTempPath(), "chatbot-loadgen-" + Guid.NewGuid().ToString("N")),
            });
            var options = LoadOptions.Parse(
            [
                "--url", bot.BaseUri.ToString(), "--levels", "2", "--duration", "2", "--warmup", "0.5",
                "--questions", Path.Combine(RepositoryPaths.Shared, "kb", "dev-questions.json"),
                "--kb", Path.Combine(RepositoryPaths.Shared, "kb", "larkspur-faq.json"),
                "--mysql", server.ConnectionString,
            ]);
            using var stop = new CancellationTokenSource();
            var other = LogOtherConversationsAsync(bot.Services.GetRequiredService<ITranscriptLogger>(), stop.Token);

            var report = await LoadRunner.RunAsync(options, TextWriter.Null, CancellationToken.None);
            await stop.CancelAsync();
            var otherRows = await other;

            var level = Assert.Single(report.Levels);
            Assert.True(otherRows > 0 && level.ActivitiesSent > 0);
            Assert.Equal(level.ActivitiesSent + level.RepliesReceived, level.TranscriptRowsExpected);
            Assert.Equal(level.TranscriptRowsExpected, level.TranscriptRowsWritten);
        }
        finally
        {
            MySqlConnection.ClearAllPools();
            server.Database = "";
            await ExecuteAsync(server.ConnectionString, $"DROP DATABASE IF EXISTS `{database}`");
        }
    }

    /// <summary>Someone else's traffic on the same bot and table, all through the run; returns how much.</summary>
    private static async Task<int> LogOtherConversationsAsync(ITranscriptLogger logger, CancellationToken stop)
    {
        var logged = 0;
        while (!stop.IsCancellationRequested)
        {
            await logger.LogActivityAsync(new Activity(ActivityTypes.Message)
            {
                Text = "another conversation",
                ChannelId = "directline",
                Conversation = new ConversationAccount(id: $"other-{logged % 7}"),
                From = new ChannelAccount("someone", role: RoleTypes.User),
                Recipient = new ChannelAccount("chatbot", role: RoleTypes.Bot),
            });
            logged++;
            try
            {
                await Task.Delay(10, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return logged;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
