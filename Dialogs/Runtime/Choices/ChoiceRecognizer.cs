using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Dialogs.Runtime.Input;

namespace ChatBot.Dialogs.Runtime.Choices;

/// <summary>
/// Finds the option a user meant: by its number ("2", "#2", "2."), its value, its button title, a
/// synonym, or — when exactly one option's words appear in the message — by containment.
/// </summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);

        var input = InputText.ToMatchForm(text);
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var number = NumberPattern().Match(input);
        if (number.Success && int.TryParse(number.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture,
                out var n) && n >= 1 && n <= choices.Count)
        {
            return new FoundChoice(choices[n - 1].Value, n - 1, "number");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Same(input, choices[i].Value))
            {
                return new FoundChoice(choices[i].Value, i, "value");
            }

            if (choices[i].Action?.Title is { } title && Same(input, title))
            {
                return new FoundChoice(choices[i].Value, i, "title");
            }

            if (choices[i].Synonyms.Any(s => Same(input, s)))
            {
                return new FoundChoice(choices[i].Value, i, "synonym");
            }
        }

        return RecognizeByContainment(input, choices);
    }

    private static FoundChoice? RecognizeByContainment(string input, IReadOnlyList<Choice> choices)
    {
        var words = $" {WordSplit().Replace(input, " ")} ";
        FoundChoice? found = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var terms = choices[i].Synonyms.Append(choices[i].Value);
            if (terms.Any(t => ContainsWords(words, t)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = new FoundChoice(choices[i].Value, i, "contains");
            }
        }

        return found;
    }

    private static bool ContainsWords(string paddedInput, string term)
    {
        var form = WordSplit().Replace(InputText.ToMatchForm(term), " ").Trim();
        return form.Length > 0 && paddedInput.Contains($" {form} ", StringComparison.Ordinal);
    }

    private static bool Same(string input, string candidate) =>
        string.Equals(input, InputText.ToMatchForm(candidate), StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:#|no\.?\s*|number\s+|option\s+)?(\d{1,3})[.)]?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}€$£]+")]
    private static partial Regex WordSplit();
}
