namespace ChatBot.Dialogs.Answering;

/// <summary>A user's verdict on one answer ("did that help?").</summary>
public sealed record AnswerFeedback(
    string EntryId,
    bool Helpful,
    string ChannelId,
    string ConversationId,
    string UserId,
    DateTimeOffset At);
