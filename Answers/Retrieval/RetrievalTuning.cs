namespace ChatBot.Answers.Retrieval;

/// <summary>
/// The weights of the scoring formula. They were fitted on the development questions and then checked on
/// paraphrases written separately (tests/Answers.Tests/Data), so they are a property of the method, not of
/// one question list.
/// </summary>
internal sealed record RetrievalTuning
{
    public static readonly RetrievalTuning Default = new();

    /// <summary>Strength of a term found only in the entry's category or id.</summary>
    public double CategoryStrength { get; init; } = 0.6;

    /// <summary>Strength of a term found only in the answer text.</summary>
    public double AnswerStrength { get; init; } = 0.4;

    /// <summary>Below 1 flattens IDF, so rare words dominate less.</summary>
    public double IdfExponent { get; init; } = 1.0;

    /// <summary>Share of the score from whole-entry coverage; the rest is the best single phrasing's F1.</summary>
    public double CoverageShare { get; init; } = 0.5;

    /// <summary>How much a word the knowledge base never uses weighs against an entry, as a share of max IDF.</summary>
    public double UnknownTermWeight { get; init; } = 0.5;

    /// <summary>Weight of a term that only matched after a typo correction.</summary>
    public double CorrectedTermWeight { get; init; } = 0.8;
}
