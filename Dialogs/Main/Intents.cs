using System.Text.RegularExpressions;
using ChatBot.Dialogs.Runtime.Input;

namespace ChatBot.Dialogs.Main;

/// <summary>The few things the main dialog recognises itself, before asking the knowledge base.</summary>
public static partial class Intents
{
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["german"] = "de", ["deutsch"] = "de", ["french"] = "fr", ["français"] = "fr",
        ["spanish"] = "es", ["español"] = "es", ["dutch"] = "nl", ["italian"] = "it", ["portuguese"] = "pt",
        ["polish"] = "pl",
    };

    /// <summary>"talk to a person", "human please", "new ticket" and their variants.</summary>
    public static bool IsHandoff(string? text)
    {
        var input = InputText.ToMatchForm(text);
        return input.Length is > 0 and <= 120 && HandoffPattern().IsMatch(input);
    }

    /// <summary>
    /// Whether a message reads as a follow-up to the last answer: it opens with a lead-in ("and for yearly
    /// plans?", "what about business?"). Only these carry the conversation's topic to the engine, because a
    /// standalone question with few known terms ("GDPR", "planned downtime", "how do we move from Team to
    /// Business?") would otherwise be blended with the previous topic and answered about it.
    /// </summary>
    public static bool ReadsAsFollowUp(string? text)
    {
        return FollowUpLeadIn().IsMatch(InputText.ToMatchForm(text));
    }

    /// <summary>The language code when the user states a preference ("I prefer German", "in French please").</summary>
    public static string? StatedLanguage(string? text)
    {
        var match = LanguagePattern().Match(InputText.ToMatchForm(text));
        return match.Success && Languages.TryGetValue(match.Groups["lang"].Value, out var code) ? code : null;
    }

    public static string LanguageName(string code) =>
        Languages.FirstOrDefault(l => l.Value == code).Key is { } name
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : code;

    [GeneratedRegex(
        @"^(?:(?:i\s+)?(?:want|need|would like|'d like|like)\s+to\s+)?" +
        @"(?:(?:can|could)\s+i\s+|let me\s+|please\s+|pls\s+)*" +
        @"(?:talk|speak|chat)\s+(?:to|with|w)\s+(?:a|an|some|the|your)?\s*" +
        @"(?:real\s+|live\s+|human\s+)?(?:person|human|agent|someone|somebody|representative|operator|staff|people)\b" +
        @"|^(?:human|agent|operator|real person|live agent|representative)(?:\s+please)?$" +
        @"|\b(?:new|open|create|raise|file)\s+(?:a\s+)?(?:support\s+)?ticket\b" +
        @"|^(?:contact|escalate to)\s+(?:support|a human|a person)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HandoffPattern();

    [GeneratedRegex(@"^(?:and|also|but|what about|how about|same for|what if|and what about)\b")]
    private static partial Regex FollowUpLeadIn();

    [GeneratedRegex(
        @"\b(?:i\s+(?:prefer|speak|'d prefer|would prefer)|my\s+(?:preferred\s+)?language\s+is|" +
        @"(?:answer|reply|talk|speak|write)\s+(?:to me\s+)?in|in)\s+(?<lang>\p{L}+)(?:\s+please)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
