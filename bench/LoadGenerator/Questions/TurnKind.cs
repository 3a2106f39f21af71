namespace ChatBot.Bench.LoadGenerator.Questions;

/// <summary>What a virtual user's turn is, which decides what reply counts as right.</summary>
public enum TurnKind
{
    /// <summary>A conversationUpdate adding the user: the channel's "join", answered by a welcome.</summary>
    Join,

    /// <summary>An in-scope question: the reply must name the expected knowledge-base entry.</summary>
    Question,

    /// <summary>A question about an entry the previous answer lists as a follow-up.</summary>
    FollowUp,

    /// <summary>A feedback click: a card submit carrying <c>value</c>; any message reply acknowledges it.</summary>
    Feedback,

    /// <summary>Greetings, thanks, goodbyes: the reply must be small talk.</summary>
    SmallTalk,

    /// <summary>A question about something else: the reply must abstain.</summary>
    OutOfScope,
}
