using System.Diagnostics;
using ChatBot.Bench.LoadGenerator.Questions;
using ChatBot.Bench.LoadGenerator.Targets;

namespace ChatBot.Bench.LoadGenerator.Running;

/// <summary>
/// A closed loop at fixed concurrency: each virtual user sends its next turn as soon as the previous reply is
/// in, through warm-up and the measured window; at the end it finishes the turn in flight and stops, so every
/// activity sent has had its answer before the server-side counters are read.
/// </summary>
public sealed class ClosedLoop(ITurnTarget target, ConversationScripts scripts, int users, string tag)
{
    private readonly ITurnTarget _target = target ?? throw new ArgumentNullException(nameof(target));
    private readonly ConversationScripts _scripts = scripts ?? throw new ArgumentNullException(nameof(scripts));

    /// <summary>What every conversation id of this loop starts with, and no other loop's does.</summary>
    public string ConversationPrefix { get; } = $"{tag}-v";

    public async Task<LevelTally> RunAsync(
        int concurrency, TimeSpan warmup, TimeSpan duration, int rngSeed, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var window = new Window(
            started + (long)(warmup.TotalSeconds * Stopwatch.Frequency),
            started + (long)((warmup + duration).TotalSeconds * Stopwatch.Frequency));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(warmup + duration);

        var tallies = Enumerable.Range(0, concurrency).Select(_ => new LevelTally()).ToArray();
        var loops = Enumerable.Range(0, concurrency)
            .Select(vu => Task.Run(
                () => UserLoopAsync(vu, new Random(HashCode.Combine(rngSeed, vu)), tallies[vu], window, stop.Token),
                CancellationToken.None))
            .ToArray();
        await Task.WhenAll(loops);

        var total = new LevelTally();
        foreach (var tally in tallies)
        {
            total.Merge(tally);
        }

        return total;
    }

    private async Task UserLoopAsync(int vu, Random random, LevelTally tally, Window window, CancellationToken stop)
    {
        for (var serial = 0; !stop.IsCancellationRequested; serial++)
        {
            var conversationId = $"{ConversationPrefix}{vu}-c{serial}";
            var userId = $"{tag}-u{random.Next(users)}";
            tally.Conversations++;
            foreach (var turn in _scripts.Next(random))
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                if (!_target.Supports(turn.Kind))
                {
                    continue;
                }

                var begin = Stopwatch.GetTimestamp();
                // The turn in flight is not cancelled by the end of the level: it finishes and is counted in the
                // totals, so the transcript check compares like with like.
                var outcome = await _target.SendAsync(conversationId, userId, turn, CancellationToken.None);
                var end = Stopwatch.GetTimestamp();

                tally.ActivitiesSent++;
                tally.RepliesReceived += outcome.Replies;
                if (!outcome.Ok)
                {
                    tally.FailedTurns++;
                    tally.Sample(
                        $"{outcome.Error}: {turn.Kind} '{turn.Text}' expected {turn.ExpectedId ?? "(abstain)"}, "
                        + $"got {outcome.AnswerId ?? "(none)"} in {conversationId}");
                }

                if (end >= window.Start && end <= window.End)
                {
                    tally.MeasuredTurns++;
                    tally.LatenciesMs.Add(Stopwatch.GetElapsedTime(begin, end).TotalMilliseconds);
                    if (!outcome.Ok)
                    {
                        tally.Errors[outcome.Error!] = tally.Errors.GetValueOrDefault(outcome.Error!) + 1;
                    }
                }
            }
        }
    }

    private readonly record struct Window(long Start, long End);
}
