using ChatBot.Bench.LoadGenerator.Questions;

namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>A chat server under load: sends one turn of one conversation and judges the reply.</summary>
public interface ITurnTarget
{
    /// <summary>False for turns the server has no notion of (the seed has no conversationUpdate); they are
    /// skipped.</summary>
    bool Supports(TurnKind kind);

    Task<TurnOutcome> SendAsync(string conversationId, string userId, Turn turn, CancellationToken cancellationToken);
}
