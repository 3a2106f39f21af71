using ChatBot.Answers;
using ChatBot.Dialogs.Runtime.Choices;

namespace ChatBot.Dialogs.Answering;

/// <summary>
/// The options of the "which plan?" question, from the entries the engine says the answer depends on:
/// their ids end in the variant ("storage-limit-team", "billing-refund-yearly").
/// </summary>
internal static class PlanChoices
{
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["free"] = ["free plan", "€0", "0 euro"],
        ["team"] = ["team plan", "€8", "8 euro", "8€", "€80"],
        ["business"] = ["business plan", "€15", "15 euro", "15€", "€150", "sso", "enterprise"],
        ["monthly"] = ["month", "per month", "every month", "billed monthly"],
        ["yearly"] = ["year", "annual", "annually", "per year", "every year", "billed yearly"],
    };

    private static readonly string[] Order = ["free", "team", "business", "monthly", "yearly"];

    public static List<Choice> For(IReadOnlyList<AnswerCandidate> candidates) =>
    [
        .. candidates
            .Select(c => c.EntryId[(c.EntryId.LastIndexOf('-') + 1)..])
            .Where(Synonyms.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(v => Array.IndexOf(Order, v))
            .Select(v => new Choice(char.ToUpperInvariant(v[0]) + v[1..], Synonyms[v])),
    ];

    public static bool IsBillingCycle(string variant) => variant is "monthly" or "yearly";
}
