namespace ChatBot.Answers.Feedback;

/// <summary>Where a piece of feedback came from.</summary>
public enum FeedbackSource
{
    /// <summary>A "did that help?" button (card submit, Action.Execute or suggested action).</summary>
    Button,

    /// <summary>A reaction (like, heart, sad, ...) on the bot's answer in Teams.</summary>
    Reaction,
}

/// <summary>
/// One user's verdict on one answer. Holds ids only, never the user's text: feedback is kept longer than
/// conversations and is read by people tuning the knowledge base.
/// </summary>
/// <param name="EntryId">The knowledge-base entry the answer came from (null when the bot abstained).</param>
/// <param name="Helpful">True for "yes"/positive reactions, false for "no"/negative ones.</param>
/// <param name="Source">Button or reaction.</param>
/// <param name="ChannelId">msteams, directline, emulator, ...</param>
/// <param name="ConversationId">The conversation the answer was given in.</param>
/// <param name="At">When the feedback arrived.</param>
public sealed record AnswerFeedback(
    string? EntryId,
    bool Helpful,
    FeedbackSource Source,
    string ChannelId,
    string ConversationId,
    DateTimeOffset At)
{
    /// <summary>The reaction's type ("like", "sad", ...) when <see cref="Source"/> is a reaction.</summary>
    public string? Reaction { get; init; }
}
