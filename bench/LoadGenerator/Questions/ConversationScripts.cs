using System.Globalization;

namespace ChatBot.Bench.LoadGenerator.Questions;

/// <summary>
/// Writes each virtual user's next conversation: join, maybe a greeting, a question, maybe a follow-up about a
/// related entry, maybe a feedback click, maybe an out-of-scope question, maybe a goodbye.
/// </summary>
public sealed class ConversationScripts(QuestionPool pool, ScriptMix mix)
{
    private readonly QuestionPool _pool = pool ?? throw new ArgumentNullException(nameof(pool));
    private readonly ScriptMix _mix = mix ?? throw new ArgumentNullException(nameof(mix));
    // One counter for the whole process, started at random: suffixes never repeat across levels or runs, so a
    // suffixed question is always a cache miss.
    private static long _unique = Random.Shared.NextInt64(1_000_000, 9_000_000_000);

    public IReadOnlyList<Turn> Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);

        var turns = new List<Turn> { Turn.Join };
        var smallTalk = _pool.SmallTalk.Count > 0 && random.NextDouble() < _mix.SmallTalk;
        if (smallTalk)
        {
            turns.Add(Turn.Ask(Pick(random, _pool.SmallTalk), TurnKind.SmallTalk, null));
        }

        var question = Pick(random, _pool.InScope);
        turns.Add(Turn.Ask(question, TurnKind.Question, Suffix(random, question)));
        var rated = question.ExpectedId!;

        if (random.NextDouble() < _mix.FollowUp)
        {
            var related = question.FollowUps.Select(_pool.ForEntry).Where(l => l.Count > 0).ToList();
            var followUp = related.Count > 0 ? Pick(random, Pick(random, related)) : Pick(random, _pool.InScope);
            turns.Add(Turn.Ask(followUp, TurnKind.FollowUp, Suffix(random, followUp)));
            rated = followUp.ExpectedId!;
        }

        if (random.NextDouble() < _mix.Feedback)
        {
            turns.Add(Turn.Feedback(rated));
        }

        if (_pool.OutOfScope.Count > 0 && random.NextDouble() < _mix.OutOfScope)
        {
            turns.Add(Turn.Ask(Pick(random, _pool.OutOfScope), TurnKind.OutOfScope, null));
        }

        if (smallTalk && random.NextDouble() < 0.5)
        {
            turns.Add(Turn.Ask(Pick(random, _pool.SmallTalk), TurnKind.SmallTalk, null));
        }

        return turns;
    }

    /// <summary>
    /// The suffix that makes a question unique (a cache miss), for the questions calibrated with one. Digits only:
    /// words or ids in it would be read as part of the question and could change the answer.
    /// </summary>
    public static string UniqueSuffix() =>
        string.Create(CultureInfo.InvariantCulture, $" (ref #{Interlocked.Increment(ref _unique)})");

    private string? Suffix(Random random, Question question) =>
        question.SuffixSafe && random.NextDouble() * 100 < _mix.UniquePercent
            ? UniqueSuffix()
            : null;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
