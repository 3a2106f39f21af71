using ChatBot.Answers.Knowledge;

namespace ChatBot.Answers.Plans;

/// <summary>
/// Picks the member of a plan family that fits the user. Precedence: a plan the message names outright,
/// then the plan known from the conversation or profile, then a plan the message hints at (price, feature),
/// then, for a follow-up, the variant of the entry just answered. With none of these the bot must ask.
/// </summary>
internal static class PlanResolver
{
    public static KnowledgeEntry? Resolve(
        PlanFamily family, PlanMentions mentions, string? knownPlan, KnowledgeEntry? topic)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(mentions);

        var known = knownPlan?.Trim().ToLowerInvariant();
        var candidates = family.IsCycle
            ? [mentions.Cycle, known]
            : new[] { mentions.ExplicitPlan, known, mentions.HintedPlan };
        foreach (var variant in candidates)
        {
            if (variant is not null && family.Members.TryGetValue(variant, out var entry))
            {
                return entry;
            }
        }

        var topicVariant = topic is null ? null : PlanFamily.VariantOf(topic.Id);
        return topicVariant is not null && family.Members.TryGetValue(topicVariant, out var previous)
            && previous.Id == topic!.Id
            ? previous
            : null;
    }

    /// <summary>The question the bot asks when the family needs a plan or cycle it does not know.</summary>
    public static string Question(PlanFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);

        if (family.IsCycle)
        {
            return "That depends on how you pay: are you billed monthly or yearly?";
        }

        var names = family.Members.Keys
            .OrderBy(v => v switch { "free" => 0, "team" => 1, _ => 2 })
            .Select(v => char.ToUpperInvariant(v[0]) + v[1..])
            .ToList();
        return $"That depends on your plan: are you on {string.Join(", ", names[..^1])} or {names[^1]}?";
    }
}
