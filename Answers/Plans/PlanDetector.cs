using System.Text.RegularExpressions;

namespace ChatBot.Answers.Plans;

/// <summary>
/// Finds plan and billing-cycle mentions in a normalised, typo-corrected message. Hints come from the
/// Larkspur fact sheet (kb/README.md): list prices, storage sizes and Business-only features.
/// </summary>
internal static partial class PlanDetector
{
    // Possessives before "team" usually mean the user's colleagues, not the Team plan ("add him to our team").
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
    {
        "my", "our", "your", "whole", "entire", "support", "sales", "the",
    };

    private static readonly HashSet<string> PlanNouns = new(StringComparer.Ordinal)
    {
        "plan", "plans", "tier", "subscription", "account", "accounts", "users", "customers", "version", "edition",
    };

    private static readonly Dictionary<string, string> FeatureHints = new(StringComparer.Ordinal)
    {
        ["sso"] = "business", ["saml"] = "business", ["scim"] = "business", ["okta"] = "business",
        ["entra"] = "business", ["audit log"] = "business", ["audit logs"] = "business",
        ["sla"] = "business", ["24 7"] = "business", ["phone support"] = "business",
        ["priority support"] = "business", ["allow list"] = "business", ["allowlist"] = "business",
        ["5 tb"] = "business", ["5tb"] = "business", ["50 gb"] = "business",
        ["1 tb"] = "team", ["1tb"] = "team", ["10 gb"] = "team",
        ["5 gb"] = "free", ["5gb"] = "free", ["250 mb"] = "free", ["single user"] = "free",
    };

    private static readonly Dictionary<string, string> Cycles = new(StringComparer.Ordinal)
    {
        ["yearly"] = "yearly", ["annual"] = "yearly", ["annually"] = "yearly", ["year"] = "yearly",
        ["years"] = "yearly", ["yr"] = "yearly", ["12 months"] = "yearly",
        ["monthly"] = "monthly", ["month"] = "monthly", ["months"] = "monthly", ["mo"] = "monthly",
    };

    public static PlanMentions Detect(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);

        string? explicitPlan = null;
        string? hinted = null;
        string? cycle = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var pair = next is null ? null : word + " " + next;
            explicitPlan ??= ExplicitPlan(words, i);
            hinted ??= (pair is not null ? FeatureHints.GetValueOrDefault(pair) : null)
                ?? FeatureHints.GetValueOrDefault(word)
                ?? PriceHint(word, next);
            cycle ??= (pair is not null ? Cycles.GetValueOrDefault(pair) : null) ?? Cycles.GetValueOrDefault(word);
        }

        return new PlanMentions(explicitPlan, hinted, cycle);
    }

    private static string? ExplicitPlan(IReadOnlyList<string> words, int i)
    {
        var word = words[i];
        var previous = i > 0 ? words[i - 1] : null;
        var next = i + 1 < words.Count ? words[i + 1] : null;
        var namesPlan = next is not null && PlanNouns.Contains(next);
        return word switch
        {
            "business" or "enterprise" or "biz" => "business",
            "free" when next is not "trial" and not "version" || namesPlan => "free",
            "team" or "teams" when namesPlan || previous is null || !Possessives.Contains(previous) => "team",
            _ => null,
        };
    }

    // "€8", "8 euro", "15 eur", "$150": list prices per user (monthly or yearly) name the plan.
    private static string? PriceHint(string word, string? next)
    {
        var match = PricePattern().Match(word);
        string? amount = null;
        if (match.Success)
        {
            amount = match.Groups["amount"].Value;
        }
        else if (next is "€" or "eur" or "euro" or "euros" or "$" or "dollars" or "bucks" && word.All(char.IsDigit))
        {
            amount = word;
        }

        return amount switch
        {
            "8" or "80" => "team",
            "15" or "150" => "business",
            "0" => "free",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:[€$£](?<amount>\d+)|(?<amount>\d+)[€$£])$", RegexOptions.CultureInvariant)]
    private static partial Regex PricePattern();
}
