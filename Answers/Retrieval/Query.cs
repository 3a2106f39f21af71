namespace ChatBot.Answers.Retrieval;

/// <summary>The analysed terms of one question with their weights (typo-corrected terms count less).</summary>
internal sealed class Query
{
    public Query(IReadOnlyDictionary<string, double> terms, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(words);

        Terms = terms;
        Words = words;
    }

    /// <summary>The message's words after typo correction, before stemming (for plan detection).</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyDictionary<string, double> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>This query plus another one's terms at a reduced weight (a follow-up borrowing its topic).</summary>
    public Query With(Query other, double factor)
    {
        ArgumentNullException.ThrowIfNull(other);

        var merged = new Dictionary<string, double>(Terms, StringComparer.Ordinal);
        foreach (var (term, weight) in other.Terms)
        {
            merged[term] = Math.Max(merged.GetValueOrDefault(term), weight * factor);
        }

        return new Query(merged, Words);
    }

    /// <summary>This query with one term's weight scaled (an ambiguous word read in its weaker sense).</summary>
    public Query Scale(string term, double factor)
    {
        ArgumentNullException.ThrowIfNull(term);

        if (!Terms.TryGetValue(term, out var weight))
        {
            return this;
        }

        var scaled = new Dictionary<string, double>(Terms, StringComparer.Ordinal) { [term] = weight * factor };
        return new Query(scaled, Words);
    }
}
