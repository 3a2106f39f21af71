namespace ChatBot.Answers;

/// <summary>What the engine decided for one question.</summary>
public enum AnswerKind
{
    /// <summary>Confident: <see cref="Answer.EntryId"/> and <see cref="Answer.Text"/> are the answer.</summary>
    Answered,

    /// <summary>Middling confidence: offer <see cref="Answer.Candidates"/> as "did you mean".</summary>
    DidYouMean,

    /// <summary>Low confidence or out of scope: say so and offer a person.</summary>
    Abstained,

    /// <summary>Greeting, thanks or goodbye: <see cref="Answer.Text"/> is the small-talk reply.</summary>
    SmallTalk,

    /// <summary>The answer depends on the user's plan, which is not known: ask for it.</summary>
    NeedsPlan,
}

/// <summary>One answer. <see cref="EntryId"/> is null when abstaining and "smalltalk" for small talk.</summary>
public sealed record Answer(
    AnswerKind Kind,
    string Text,
    string? EntryId,
    double Confidence,
    IReadOnlyList<AnswerCandidate> Candidates)
{
    /// <summary>The id used in <c>channelData.answer.id</c> for small talk.</summary>
    public const string SmallTalkId = "smalltalk";

    /// <summary>The entry's title (its canonical question), when the answer came from an entry.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// True when the message was short enough to be read as a follow-up of the conversation's topic
    /// (<see cref="AnswerRequest.Topic"/>), so the same text may get a different answer in another conversation.
    /// </summary>
    public bool FollowUp { get; init; }
}

/// <summary>A knowledge-base entry ranked for a question.</summary>
public sealed record AnswerCandidate(string EntryId, string Title, double Confidence)
{
    /// <summary>The entry's answer text, for search results shown as cards (Teams compose extension).</summary>
    public string? Text { get; init; }
}
