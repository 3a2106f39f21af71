using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Transcripts.Redaction;

/// <summary>
/// Masks e-mail addresses, phone numbers and payment card numbers in free text and in every string of an
/// activity's JSON, except identifiers and protocol fields, which must stay exact for the transcript to work.
/// </summary>
public static partial class PiiRedactor
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";
    public const string CardMask = "[card]";

    // Phone numbers shorter than this are too easily confused with dates, amounts and ticket numbers.
    private const int MinPhoneDigits = 9;
    private const int MaxPhoneDigits = 15;

    private static readonly HashSet<string> ProtocolFields = new(StringComparer.Ordinal)
    {
        "serviceUrl", "timestamp", "localTimestamp", "type", "role", "locale", "textFormat", "inputHint",
        "deliveryMode", "channelId", "action", "valueType", "contentType",
    };

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var masked = EmailPattern().Replace(text, EmailMask);
        masked = CardPattern().Replace(masked, m => PassesLuhn(m.Value) ? CardMask : m.Value);
        return PhonePattern().Replace(masked, m => IsPhoneLength(m.Value) ? PhoneMask : m.Value);
    }

    /// <summary>Redacts every string value in place, skipping ids (<c>id</c>, <c>…Id</c>) and protocol
    /// fields.</summary>
    public static void RedactInPlace(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);

        var values = token is JContainer container ? container.DescendantsAndSelf() : [token];
        foreach (var value in values.OfType<JValue>().ToList())
        {
            if (value.Type != JTokenType.String || value.Value is not string text || IsIdentifier(value))
            {
                continue;
            }

            value.Value = Redact(text);
        }
    }

    private static bool IsIdentifier(JValue value)
    {
        if (value.Parent is not JProperty property)
        {
            return false;
        }

        var name = property.Name;
        return name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Id", StringComparison.Ordinal)
            || name.EndsWith("ID", StringComparison.Ordinal)
            || ProtocolFields.Contains(name);
    }

    private static bool IsPhoneLength(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        return digits is >= MinPhoneDigits and <= MaxPhoneDigits;
    }

    private static bool PassesLuhn(string candidate)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = candidate.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(candidate[i]))
            {
                continue;
            }

            var digit = candidate[i] - '0';
            if (doubleIt)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
        RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w-])\d(?:[ \-]?\d){12,18}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"(?<![\w+])\+?\(?\d{1,4}\)?(?:[ .\-/]?\(?\d{1,5}\)?){1,7}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
