namespace ChatBot.Dialogs.Main;

/// <summary>
/// A flow's result saying "this message was not for me": the user typed a new question where a flow
/// offered buttons. The main dialog routes <see cref="Text"/> as a fresh message in the same turn.
/// </summary>
public sealed record Reroute(string Text);
