using ChatBot.Answers.Plans;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// Turns a ranking into one confidence in 0..1: the top score, discounted when the runner-up from another
/// topic is nearly as good (an ambiguous question). Siblings in a plan family are not rivals: the plan
/// check chooses between them.
/// </summary>
internal static class Confidence
{
    public static double Of(
        List<ScoredEntry> ranked, IReadOnlyDictionary<string, PlanFamily> families, RetrievalTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(tuning);

        if (ranked.Count == 0 || ranked[0].Score <= 0)
        {
            return 0;
        }

        var top = ranked[0];
        var family = families.GetValueOrDefault(top.Entry.Id);
        var rival = ranked.Skip(1)
            .FirstOrDefault(s => family is null || families.GetValueOrDefault(s.Entry.Id) != family);
        var margin = rival is null ? 1 : (top.Score - rival.Score) / top.Score;
        var trust = Math.Min(1, margin / tuning.MarginForFullTrust);
        var discount = tuning.AmbiguityDiscount;
        var raw = top.Score * (1 - discount + (discount * trust));
        return Math.Clamp(Math.Pow(raw, tuning.ConfidenceExponent), 0, 1);
    }
}
