using System.Globalization;
using System.Text;

namespace ChatBot.Dialogs.Runtime.Input;

/// <summary>
/// How the bot reads typed text. Format characters (zero-width space U+200B, joiners, BOM) are dropped and
/// every Unicode space (no-break spaces included) counts as whitespace: .NET's Trim and IsNullOrWhiteSpace
/// treat U+200B as a letter, so a message of only that would otherwise look like content (bug B06).
/// </summary>
public static class InputText
{
    /// <summary>The text without format characters, with Unicode spaces as plain spaces, trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(category == UnicodeCategory.SpaceSeparator ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>True when the text has nothing but whitespace and format characters.</summary>
    public static bool IsBlank(string? text) => Normalize(text).Length == 0;

    /// <summary>Normalized, lower-cased, with trailing punctuation removed: the form commands are matched in.</summary>
    public static string ToMatchForm(string? text) =>
        Normalize(text).TrimEnd('.', '!', '?', ',', ';', ':').Trim().ToLowerInvariant();
}
