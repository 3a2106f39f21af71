namespace ChatBot.Bench.LoadGenerator.Questions;

/// <summary>One activity a virtual user sends, with what the reply must carry.</summary>
/// <param name="Kind">What the turn is.</param>
/// <param name="Text">What the user types (a feedback click's caption).</param>
/// <param name="ExpectedId">The answer id the reply must name (null: an abstention); unused for joins and
/// feedback.</param>
/// <param name="FeedbackFor">For a feedback click, the entry id the user rates.</param>
public sealed record Turn(TurnKind Kind, string Text, string? ExpectedId, string? FeedbackFor = null)
{
    /// <summary>The caption a feedback button shows; the seed, which has no cards, gets it as plain text.</summary>
    public const string FeedbackCaption = "That helped, thanks";

    public static Turn Join { get; } = new(TurnKind.Join, string.Empty, null);

    public static Turn Ask(Question question, TurnKind kind, string? suffix) =>
        new(kind, suffix is null ? question.Text : question.Text + suffix, question.ExpectedId);

    public static Turn Feedback(string entryId) => new(TurnKind.Feedback, FeedbackCaption, null, entryId);
}
