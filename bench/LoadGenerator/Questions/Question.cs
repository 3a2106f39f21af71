namespace ChatBot.Bench.LoadGenerator.Questions;

/// <summary>
/// One phrasing a virtual user can type, and the answer id the bot must reply with: a knowledge-base entry id,
/// <see cref="SmallTalkId"/>, or null for an abstention (DESIGN.md: <c>channelData.answer.id</c>).
/// </summary>
public sealed record Question(string Text, string? ExpectedId, IReadOnlyList<string> FollowUps)
{
    public const string SmallTalkId = "smalltalk";

    /// <summary>False when calibration saw the bot answer otherwise once a reference suffix was added.</summary>
    public bool SuffixSafe { get; init; } = true;

    public TurnKind Kind => ExpectedId switch
    {
        null => TurnKind.OutOfScope,
        SmallTalkId => TurnKind.SmallTalk,
        _ => TurnKind.Question,
    };
}
