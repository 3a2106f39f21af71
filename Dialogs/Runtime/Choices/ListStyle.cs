namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>How a prompt shows its options.</summary>
public enum ListStyle
{
    /// <summary>Buttons (suggested actions) where the channel shows them, else a numbered list.</summary>
    Auto,

    /// <summary>Only the prompt text.</summary>
    None,

    /// <summary>A numbered list in the text.</summary>
    List,

    /// <summary>Options inline in the sentence: "(1) Yes or (2) No".</summary>
    Inline,

    /// <summary>Suggested-action buttons.</summary>
    SuggestedAction,
}
