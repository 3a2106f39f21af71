using ChatBot.Bench.LoadGenerator;
using ChatBot.Bench.LoadGenerator.Running;
using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.Bench;

/// <summary>
/// The benchmark's load generator against the real host, small enough for every CI run: it must drive whole
/// conversations and find every reply of the right kind, or the benchmark's figures would be about errors.
/// </summary>
public sealed class LoadGeneratorSmokeTests
{
    [Fact]
    public async Task RunAsync_TwoUsersForTwoSeconds_EveryReplyIsTheRightKind()
    {
        using var bot = new BotServer(new Dictionary<string, string?>
        {
            ["RateLimit:PermitLimit"] = "100000",
            ["Transcripts:DataDirectory"] =
                Path.Combine(Path.GetTempPath(), "chatbot-loadgen-" + Guid.NewGuid().ToString("N")),
        });
        var options = LoadOptions.Parse(
        [
            "--url", bot.BaseUri.ToString(), "--levels", "2", "--duration", "2", "--warmup", "0.5",
            "--questions", Path.Combine(RepositoryPaths.Shared, "kb", "dev-questions.json"),
            "--kb", Path.Combine(RepositoryPaths.Shared, "kb", "larkspur-faq.json"),
            "--pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

        var report = await LoadRunner.RunAsync(options, TextWriter.Null, CancellationToken.None);

        var level = Assert.Single(report.Levels);
        Assert.True(level.Turns > 10, $"only {level.Turns} turns in 2 s");
        Assert.Empty(level.Errors);
        Assert.True(level.Conversations > 0);
        Assert.True(level.RepliesReceived >= level.ActivitiesSent, "some activity got no reply");
        Assert.True(level.P99Ms >= level.P50Ms && level.P50Ms > 0);
        Assert.True(level.PeakRssMiB > 10, "the RSS sampler read nothing from /proc");
        Assert.True(report.PoolKept * 2 > report.PoolCandidates,
            $"calibration kept only {report.PoolKept} of {report.PoolCandidates} questions: "
            + string.Join("; ", report.PoolDropped.Take(5)));
    }
}
