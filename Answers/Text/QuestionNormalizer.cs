using System.Globalization;
using System.Text;

namespace ChatBot.Answers.Text;

/// <summary>
/// The one normal form of a user's question: lower case, invisible format characters removed, punctuation and
/// emoji turned into spaces, whitespace folded. Retrieval and the answer-cache key both use it, so two messages
/// that differ only in such details share a cache entry.
/// </summary>
public static class QuestionNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Compatibility folding turns full-width letters and ligatures into their plain forms first.
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                // Zero-width spaces and joiners hide inside words pasted from chat apps; they are not separators.
                continue;
            }

            if (IsKept(c, category) || IsInnerApostrophe(folded, i))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsKept(char c, UnicodeCategory category) =>
        char.IsLetterOrDigit(c)
        || category == UnicodeCategory.NonSpacingMark
        || c is '€' or '$' or '£' or '%';

    // "don't" keeps its apostrophe so it stays one word; quotes around words do not.
    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' or '\u2018'
        && i > 0 && i < text.Length - 1
        && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
