namespace ChatBot.Dialogs.Runtime;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active, so nothing ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog ended; <see cref="DialogTurnResult.Result"/> is what it returned.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
