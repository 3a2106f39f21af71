namespace ChatBot.Answers.Retrieval;

/// <summary>
/// A follow-up ("and for yearly plans?", "what about business") carries too little content to stand alone;
/// it borrows the topic of the previous answer.
/// </summary>
internal static class FollowUp
{
    private const int MaxOwnTerms = 1;
    private const int MaxTermsWithLeadIn = 2;

    private static readonly string[] LeadIns = ["and", "what about", "how about", "also", "but", "same for", "and for"];

    /// <summary>True when, apart from plan words, the message has at most one topic term (two after "and").</summary>
    public static bool IsFollowUp(Query query, IReadOnlySet<string> planTerms)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(planTerms);

        var text = string.Join(' ', query.Words);
        var leadIn = LeadIns.Any(l => text.StartsWith(l + " ", StringComparison.Ordinal));
        var own = query.Terms.Keys.Count(t => !planTerms.Contains(t));
        return own <= MaxOwnTerms || (leadIn && own <= MaxTermsWithLeadIn);
    }

    /// <summary>True when the message's only topic words are plan or cycle names ("and for yearly plans?").</summary>
    public static bool NamesOnlyPlan(Query query, IReadOnlySet<string> planTerms)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(planTerms);

        return query.Terms.Keys.All(planTerms.Contains);
    }
}
