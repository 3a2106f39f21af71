using System.Diagnostics;
using ChatBot.Bench.LoadGenerator.Probes;
using ChatBot.Bench.LoadGenerator.Questions;
using ChatBot.Bench.LoadGenerator.Reporting;
using ChatBot.Bench.LoadGenerator.Targets;

namespace ChatBot.Bench.LoadGenerator.Running;

/// <summary>A whole run: the question pool, calibration, then each level with its probes read around it.</summary>
public static class LoadRunner
{
    public static async Task<RunReport> RunAsync(
        LoadOptions options,
        TextWriter log,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);

        var runId = Guid.NewGuid().ToString("N")[..6];
        var candidates = QuestionPool.Load(
            options.QuestionsPath ?? SharedFiles.DevQuestions, options.KnowledgeBasePath ?? SharedFiles.KnowledgeBase);
        using var http = HttpTurnTarget.CreateClient(options.Url!, options.Timeout);
        ITurnTarget target = options.SeedTarget ? new SeedTarget(http, options.SeedPath) : new BotTarget(http);

        var pool = candidates;
        IReadOnlyList<string> dropped = [];
        if (options.Calibrate && !options.SeedTarget)
        {
            var calibration = await Calibration.RunAsync(target, candidates, $"{options.Label}-{runId}",
                cancellationToken);
            pool = calibration.Pool;
            dropped = calibration.Dropped;
            await log.WriteLineAsync(
                $"calibration: {pool.All.Count} of {candidates.All.Count} phrasings answered as expected "
                + $"({pool.All.Count(q => q.SuffixSafe)} also with a reference suffix)");
        }

        if (pool.InScope.Count == 0)
        {
            throw new InvalidOperationException(
                "No in-scope question was answered as expected, so no conversation can be scripted. Check that the "
                + "bot answers (curl /api/messages) or run with --no-calibrate.");
        }

        var redis = options.Redis is null ? null : await RedisProbe.ConnectAsync(options.Redis);
        var transcripts = options.MySql is null
            ? null
            : new TranscriptProbe(options.MySql, options.TranscriptTable, options.ConversationTable);
        await using var process = new ProcessProbe(options.Pids);
        await using var services = new ProcessProbe(options.ServicePids);
        var levels = new List<LevelResult>();
        long conversations = 0;
        try
        {
            foreach (var users in options.Levels)
            {
                var scripts = new ConversationScripts(pool, options.Mix);
                var loop = new ClosedLoop(target, scripts, options.Users, $"{options.Label}-{runId}-L{users}");
                var level = await RunLevelAsync(
                    loop, users, options, redis, transcripts, new(process, services), cancellationToken);
                conversations += level.Conversations;
                if (redis is not null)
                {
                    var keys = await redis.KeyClassesAsync();
                    level = level with
                    {
                        RedisKeys = keys.Classes,
                        RedisBytesPerIdleConversation = keys.ConversationAndUserBytes / Math.Max(1, conversations),
                    };
                }

                levels.Add(level);
                await log.WriteLineAsync(TextReport.Line(level));
            }
        }
        finally
        {
            if (redis is not null)
            {
                await redis.DisposeAsync();
            }
        }

        return new RunReport
        {
            Label = options.Label,
            Target = options.SeedTarget ? $"seed {options.SeedPath}" : "bot /api/messages",
            Url = options.Url!.ToString(),
            Machine = MachineInfo.Describe(),
            StartedUtc = DateTimeOffset.UtcNow,
            PoolCandidates = candidates.All.Count,
            PoolKept = pool.All.Count,
            PoolSuffixSafe = pool.All.Count(q => q.SuffixSafe),
            PoolDropped = dropped.Take(20).ToList(),
            Mix = options.Mix.ToString(),
            Levels = levels,
        };
    }

    private static async Task<LevelResult> RunLevelAsync(
        ClosedLoop loop, int users, LoadOptions options, RedisProbe? redis, TranscriptProbe? transcripts,
        (ProcessProbe Server, ProcessProbe Services) probes, CancellationToken cancellationToken)
    {
        var process = probes.Server;
        var redisBefore = redis is null ? null : await redis.SnapshotAsync();
        var rowsBefore = transcripts is null ? null : await transcripts.SnapshotAsync(cancellationToken);
        var cpuBefore = process.Start();
        var servicesBefore = probes.Services.Start();
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = MachineCpu.BusySeconds();

        var tally = await loop.RunAsync(users, options.Warmup, options.Duration, options.RngSeed, cancellationToken);

        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;
        var machineBusy = MachineCpu.BusySeconds() - machineBefore;
        var cpuAfter = await process.StopAsync();
        var servicesCpu = await probes.Services.StopAsync() - servicesBefore;
        var expectedRows = tally.ActivitiesSent + tally.RepliesReceived;
        var (levelRows, rowsAfter) = transcripts is null
            ? (0, null)
            : await transcripts.DrainAsync(
                BotTarget.ChannelId, loop.ConversationPrefix, expectedRows, TimeSpan.FromSeconds(5), cancellationToken);
        var redisAfter = redis is null ? null : await redis.SnapshotAsync();

        tally.LatenciesMs.Sort();
        var sent = Math.Max(1, tally.ActivitiesSent);
        var commands = redisBefore is null || redisAfter is null ? null : redisAfter.CallsSince(redisBefore);
        var rowsWritten = transcripts is null ? (long?)null : levelRows;

        // Rows per insert over the same window as the commits: every row the table gained, whoever's it was.
        var tableRows = rowsAfter is null || rowsBefore is null ? 0 : rowsAfter.Rows - rowsBefore.Rows;
        var commits = rowsAfter is null || rowsBefore is null ? 0 : rowsAfter.Commits - rowsBefore.Commits;
        return new LevelResult
        {
            Users = users,
            Seconds = options.Duration.TotalSeconds,
            Turns = tally.MeasuredTurns,
            TurnsPerSecond = tally.MeasuredTurns / options.Duration.TotalSeconds,
            P50Ms = Percentiles.Of(tally.LatenciesMs, 50),
            P95Ms = Percentiles.Of(tally.LatenciesMs, 95),
            P99Ms = Percentiles.Of(tally.LatenciesMs, 99),
            MaxMs = tally.LatenciesMs.Count == 0 ? 0 : tally.LatenciesMs[^1],
            Errors = tally.Errors,
            ErrorSamples = tally.ErrorSamples,
            ActivitiesSent = tally.ActivitiesSent,
            RepliesReceived = tally.RepliesReceived,
            Conversations = tally.Conversations,
            RedisCommandsPerTurn = commands is null ? null : (double)commands.Sum(c => c.Value) / sent,
            RedisCommands = commands?.ToDictionary(c => c.Key, c => c.Value),
            RedisBytesPerConversation = redisBefore is null || redisAfter is null
                ? null
                : (double)(redisAfter.UsedMemoryBytes - redisBefore.UsedMemoryBytes) / Math.Max(1, tally.Conversations),
            TranscriptRowsWritten = rowsWritten,
            TranscriptRowsExpected = transcripts is null ? null : expectedRows,
            RowsPerInsert = rowsWritten is null ? null : commits == 0 ? 0 : (double)tableRows / commits,
            PeakRssMiB = process.Enabled ? process.PeakRssBytes / 1048576.0 : null,
            HighWaterMarkMiB = process.Enabled ? process.HighWaterMarkBytes() / 1048576.0 : null,
            ServerCpuMsPerTurn = process.Enabled ? (cpuAfter - cpuBefore) * 1000 / sent : null,
            LoadGeneratorCpuMsPerTurn = ownCpu.TotalMilliseconds / sent,
            MachineBusyCpuSeconds = machineBusy,
            ServicesCpuMsPerTurn = probes.Services.Enabled ? servicesCpu * 1000 / sent : null,
            OtherCpuSeconds = process.Enabled
                ? machineBusy - (cpuAfter - cpuBefore) - servicesCpu - ownCpu.TotalSeconds
                : null,
        };
    }
}
