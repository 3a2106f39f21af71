namespace ChatBot.Dialogs.Runtime;

/// <summary>The outcome of running the stack for one turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
