using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace ChatBot.Dialogs.Runtime.Prompts;

/// <summary>Reads numbers as a locale writes them, refusing anything ambiguous.</summary>
public static class NumberParser
{
    /// <summary>Parses <paramref name="text"/> as <paramref name="culture"/> writes numbers.</summary>
    public static bool TryParse<T>(string text, CultureInfo culture, out T value)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(culture);

        value = default;
        var format = culture.NumberFormat;
        var group = format.NumberGroupSeparator;
        // French and others group with a (narrow) no-break space, which input normalisation made a plain space.
        var groupPattern = group.Trim().Length == 0 ? " " : Regex.Escape(group);
        var decimalPattern = Regex.Escape(format.NumberDecimalSeparator);
        var pattern = $@"^[+\-−]?(\d+|\d{{1,3}}({groupPattern}\d{{3}})+)({decimalPattern}\d+)?$";
        if (text.Length == 0 || text.Length > 40 || !Regex.IsMatch(text, pattern, RegexOptions.None,
                TimeSpan.FromMilliseconds(100)))
        {
            return false;
        }

        var invariant = text.Replace('−', '-');
        invariant = group.Trim().Length == 0 ? invariant.Replace(" ", "", StringComparison.Ordinal)
            : invariant.Replace(group, "", StringComparison.Ordinal);
        invariant = invariant.Replace(format.NumberDecimalSeparator, ".", StringComparison.Ordinal);
        return T.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }
}
