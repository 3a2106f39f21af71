namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>Words that mean yes or no, in the languages our users write in, already in match form.</summary>
internal static class ConfirmWords
{
    public static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "ya", "sure", "ok", "okay", "k", "correct", "right", "confirm",
        "of course", "please do", "yes please", "go ahead", "that's right", "absolutely", "👍",
        "ja", "jawohl", "oui", "sí", "si", "sim", "ja graag", "yes it did", "it did", "helpful",
    };

    public static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not really", "no thanks", "no thank you", "incorrect", "wrong", "👎",
        "nein", "non", "nee", "não", "nao", "it didn't", "it did not", "not helpful", "no it didn't",
    };
}
