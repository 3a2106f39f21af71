namespace ChatBot.Answers.SmallTalk;

/// <summary>
/// Recognises messages that are only social: greetings, thanks, goodbyes, acknowledgements and "are you a
/// bot". A message counts only when every word is social vocabulary and at least one is a clear signal,
/// so "hi, how do I reset my password" still goes to retrieval.
/// </summary>
internal static class SmallTalkRecognizer
{
    private static readonly Dictionary<string, SmallTalkKind> Signals = new(StringComparer.Ordinal)
    {
        ["hi"] = SmallTalkKind.Greeting, ["hello"] = SmallTalkKind.Greeting, ["hey"] = SmallTalkKind.Greeting,
        ["hiya"] = SmallTalkKind.Greeting, ["howdy"] = SmallTalkKind.Greeting, ["yo"] = SmallTalkKind.Greeting,
        ["heya"] = SmallTalkKind.Greeting, ["hallo"] = SmallTalkKind.Greeting, ["greetings"] = SmallTalkKind.Greeting,
        ["morning"] = SmallTalkKind.Greeting, ["afternoon"] = SmallTalkKind.Greeting,
        ["evening"] = SmallTalkKind.Greeting, ["sup"] = SmallTalkKind.Greeting, ["hola"] = SmallTalkKind.Greeting,
        ["thanks"] = SmallTalkKind.Thanks, ["thank"] = SmallTalkKind.Thanks, ["thx"] = SmallTalkKind.Thanks,
        ["thanx"] = SmallTalkKind.Thanks, ["ty"] = SmallTalkKind.Thanks, ["tnx"] = SmallTalkKind.Thanks,
        ["cheers"] = SmallTalkKind.Thanks, ["appreciated"] = SmallTalkKind.Thanks,
        ["appreciate"] = SmallTalkKind.Thanks, ["helped"] = SmallTalkKind.Thanks, ["helpful"] = SmallTalkKind.Thanks,
        ["worked"] = SmallTalkKind.Thanks, ["works"] = SmallTalkKind.Thanks, ["solved"] = SmallTalkKind.Thanks,
        ["fixed"] = SmallTalkKind.Thanks, ["great"] = SmallTalkKind.Thanks, ["perfect"] = SmallTalkKind.Thanks,
        ["awesome"] = SmallTalkKind.Thanks, ["brilliant"] = SmallTalkKind.Thanks, ["cool"] = SmallTalkKind.Thanks,
        ["nice"] = SmallTalkKind.Thanks, ["excellent"] = SmallTalkKind.Thanks, ["wonderful"] = SmallTalkKind.Thanks,
        ["bye"] = SmallTalkKind.Goodbye, ["goodbye"] = SmallTalkKind.Goodbye, ["byebye"] = SmallTalkKind.Goodbye,
        ["cya"] = SmallTalkKind.Goodbye, ["later"] = SmallTalkKind.Goodbye, ["night"] = SmallTalkKind.Goodbye,
        ["farewell"] = SmallTalkKind.Goodbye, ["ciao"] = SmallTalkKind.Goodbye,
        ["bot"] = SmallTalkKind.Identity, ["robot"] = SmallTalkKind.Identity, ["human"] = SmallTalkKind.Identity,
        ["ai"] = SmallTalkKind.Identity, ["chatbot"] = SmallTalkKind.Identity, ["machine"] = SmallTalkKind.Identity,
        ["ok"] = SmallTalkKind.Acknowledgement, ["okay"] = SmallTalkKind.Acknowledgement,
        ["k"] = SmallTalkKind.Acknowledgement, ["kk"] = SmallTalkKind.Acknowledgement,
        ["alright"] = SmallTalkKind.Acknowledgement, ["sure"] = SmallTalkKind.Acknowledgement,
        ["understood"] = SmallTalkKind.Acknowledgement, ["gotcha"] = SmallTalkKind.Acknowledgement,
    };

    // Words that may surround the signals without making the message a question about the product.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "there", "you", "u", "ya", "so", "much", "very", "a", "an", "lot", "lots", "that", "this", "it", "its",
        "it's", "again", "all", "guys", "folks", "everyone", "man", "mate", "buddy", "good", "have", "nice",
        "day", "see", "talk", "to", "soon", "for", "the", "help", "your", "really", "just", "oh", "ah", "wow",
        "are", "r", "is", "am", "i", "real", "who", "how", "doing", "what", "then", "and", "got", "it", "now",
        "great", "one", "bro", "dear", "team", "everybody", "super", "many", "million", "tons", "me",
        "person", "or", "well", "ok", "okay", "yes", "yeah", "yep", "fine", "hope", "well", "take", "care",
    };

    public static bool TryRecognise(string normalized, out SmallTalkKind kind)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        kind = SmallTalkKind.Acknowledgement;
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8)
        {
            return false;
        }

        SmallTalkKind? found = null;
        foreach (var word in words)
        {
            if (Signals.TryGetValue(word, out var signal))
            {
                // Goodbye and thanks end a conversation; they win over a greeting-like word in the same message.
                found = found is null || signal > found ? signal : found;
            }
            else if (!Fillers.Contains(word))
            {
                return false;
            }
        }

        if (found is null)
        {
            return false;
        }

        kind = found.Value;
        return true;
    }

    public static string Reply(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Greeting => "Hi! I can help with Larkspur plans, billing, storage, sharing and more. "
            + "What would you like to know?",
        SmallTalkKind.Thanks => "Glad I could help! Anything else?",
        SmallTalkKind.Goodbye => "Bye for now! Come back any time you have a question.",
        SmallTalkKind.Identity => "I'm Larkspur's support bot. I answer questions from our help articles, "
            + "and I can hand you over to a person whenever you like.",
        _ => "Okay! Ask me anything about Larkspur when you're ready.",
    };
}
