namespace ChatBot.Answers.Feedback;

/// <summary>
/// Records whether answers helped, from every place a user can say so (buttons, Teams reactions).
/// The embedded default keeps them in memory; a durable store replaces it by registering first.
/// </summary>
public interface IAnswerFeedbackStore
{
    ValueTask RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>The newest feedback first, at most <paramref name="count"/> items.</summary>
    ValueTask<IReadOnlyList<AnswerFeedback>> ReadRecentAsync(int count, CancellationToken cancellationToken = default);
}
