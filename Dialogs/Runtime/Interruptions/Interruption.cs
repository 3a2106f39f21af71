namespace ChatBot.Dialogs.Runtime.Interruptions;

/// <summary>A command the user can give at any step.</summary>
public enum Interruption
{
    None,
    Help,
    Cancel,
    StartOver,
}
