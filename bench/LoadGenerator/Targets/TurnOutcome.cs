namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>What came back for one turn: null <see cref="Error"/> means the reply was the right kind.</summary>
/// <param name="Error">The error kind (<see cref="ErrorKinds"/>), or null.</param>
/// <param name="Replies">Activities in the response body (they become transcript rows too).</param>
/// <param name="AnswerId">The <c>channelData.answer.id</c> the reply carried, for calibration.</param>
public readonly record struct TurnOutcome(string? Error, int Replies, string? AnswerId = null)
{
    public bool Ok => Error is null;
}
