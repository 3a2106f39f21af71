using ChatBot.Bench.LoadGenerator.Questions;
using ChatBot.Bench.LoadGenerator.Targets;

namespace ChatBot.Bench.LoadGenerator.Running;

/// <summary>
/// A quiet first pass: every candidate question once, in a conversation of its own, plain and with a reference
/// suffix. Questions the bot answers otherwise than their expected id leave the pool (answer accuracy is the
/// evaluation's job, not the benchmark's), so that under load a wrong answer means something broke under load.
/// </summary>
public static class Calibration
{
    public sealed record Result(QuestionPool Pool, IReadOnlyList<string> Dropped);

    public static async Task<Result> RunAsync(
        ITurnTarget target, QuestionPool pool, string tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(pool);

        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<string, (bool Plain, bool Suffixed)>();
        var dropped = new System.Collections.Concurrent.ConcurrentBag<string>();
        var serial = 0;
        await Parallel.ForEachAsync(
            pool.All,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (question, token) =>
            {
                var n = Interlocked.Increment(ref serial);
                var kind = question.Kind;
                var plain = await target.SendAsync(
                    $"{tag}-cal{n}", $"{tag}-calu{n}", Turn.Ask(question, kind, null), token);
                var suffixed = await target.SendAsync(
                    $"{tag}-cal{n}s", $"{tag}-calu{n}",
                    Turn.Ask(question, kind, ConversationScripts.UniqueSuffix()), token);
                if (plain.Error is ErrorKinds.Timeout or ErrorKinds.Transport
                    || plain.Error?.StartsWith("http-", StringComparison.Ordinal) == true)
                {
                    throw new InvalidOperationException(
                        $"The server did not answer '{question.Text}' ({plain.Error}); is it running at the "
                            + "--url given?");
                }

                verdicts[question.Text] = (plain.Ok, suffixed.Ok);
                if (!plain.Ok)
                {
                    dropped.Add($"{question.Text} -> {question.ExpectedId ?? "(abstain)"} / "
                        + (plain.Error == ErrorKinds.WrongAnswer ? plain.AnswerId ?? "(abstain)" : plain.Error));
                }
            });

        var kept = pool.Select(q => verdicts.TryGetValue(q.Text, out var v) && v.Plain
            ? q with { SuffixSafe = v.Suffixed }
            : null);
        return new Result(kept, dropped.Order(StringComparer.Ordinal).ToList());
    }
}
