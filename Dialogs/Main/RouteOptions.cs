namespace ChatBot.Dialogs.Main;

/// <summary>The message the main dialog routes; kept so that "start over" can route it again.</summary>
public sealed record RouteOptions(string Text);
