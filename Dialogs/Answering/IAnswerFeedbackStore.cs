namespace ChatBot.Dialogs.Answering;

/// <summary>Where answer feedback is recorded, for tuning the knowledge base.</summary>
public interface IAnswerFeedbackStore
{
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Feedback newest first.</summary>
    Task<IReadOnlyList<AnswerFeedback>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
