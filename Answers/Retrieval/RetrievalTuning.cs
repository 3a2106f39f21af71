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
    public double IdfExponent { get; init; } = 0.5;

    /// <summary>Share of the score from whole-entry coverage; the rest is the best single phrasing's F1.</summary>
    public double CoverageShare { get; init; } = 0.6;

    /// <summary>
    /// How much a word the knowledge base never uses weighs against every entry, as a multiple of the rarest
    /// known word's IDF. Above 1 on purpose: a question full of words the knowledge base never uses is most
    /// likely about something else (sports, weather, other products).
    /// </summary>
    public double UnknownTermWeight { get; init; } = 2.0;

    /// <summary>Weight of a term that only matched after a typo correction.</summary>
    public double CorrectedTermWeight { get; init; } = 0.8;

    /// <summary>Relative lead over the best rival topic from which the top score is fully trusted.</summary>
    public double MarginForFullTrust { get; init; } = 0.35;

    /// <summary>Share of the top score lost when a rival topic scores the same.</summary>
    public double AmbiguityDiscount { get; init; } = 0.3;

    /// <summary>
    /// Exponent applied to the raw score to spread the useful range: raw scores of real paraphrases sit in
    /// 0.15..0.6, and the square root puts the default thresholds near the middle of 0..1.
    /// </summary>
    public double ConfidenceExponent { get; init; } = 0.5;
}
