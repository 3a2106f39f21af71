using ChatBot.Dialogs.Runtime.Input;

namespace ChatBot.Dialogs.Runtime.Interruptions;

/// <summary>
/// Recognizes "help", "cancel" and "start over". Only whole short messages count, so a ticket
/// description that mentions "help" is still a description.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "help", "?", "help me", "what can i do", "what can i say", "where am i", "what now", "options", "hilfe",
        "aide", "ayuda",
    };

    private static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "cancel that",
        "cancel please", "abbrechen", "annuler", "cancelar",
    };

    private static readonly HashSet<string> StartOverWords = new(StringComparer.Ordinal)
    {
        "start over", "restart", "start again", "begin again", "reset", "from the beginning", "start from scratch",
        "neu starten", "recommencer",
    };

    public static Interruption Recognize(string? text)
    {
        var input = InputText.ToMatchForm(text);
        if (input.Length == 0 || input.Length > 40)
        {
            return Interruption.None;
        }

        if (HelpWords.Contains(input))
        {
            return Interruption.Help;
        }

        if (CancelWords.Contains(input))
        {
            return Interruption.Cancel;
        }

        return StartOverWords.Contains(input) ? Interruption.StartOver : Interruption.None;
    }
}
