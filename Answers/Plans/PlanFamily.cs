using ChatBot.Answers.Knowledge;

namespace ChatBot.Answers.Plans;

/// <summary>
/// Entries that answer one question differently per plan or billing cycle, recognised from their ids
/// (<c>storage-limit-free</c>, <c>storage-limit-team</c>, ...): the family is the shared prefix, the variant
/// the last segment.
/// </summary>
internal sealed class PlanFamily
{
    public static readonly IReadOnlySet<string> PlanVariants = new HashSet<string>(StringComparer.Ordinal)
    {
        "free", "team", "business",
    };

    public static readonly IReadOnlySet<string> CycleVariants = new HashSet<string>(StringComparer.Ordinal)
    {
        "monthly", "yearly",
    };

    private PlanFamily(string name, bool isCycle, IReadOnlyDictionary<string, KnowledgeEntry> members)
    {
        Name = name;
        IsCycle = isCycle;
        Members = members;
    }

    public string Name { get; }

    /// <summary>True when the variants are billing cycles (monthly, yearly) rather than plans.</summary>
    public bool IsCycle { get; }

    /// <summary>Entries by variant ("team" → storage-limit-team).</summary>
    public IReadOnlyDictionary<string, KnowledgeEntry> Members { get; }

    public static string? VariantOf(string entryId)
    {
        ArgumentNullException.ThrowIfNull(entryId);

        var dash = entryId.LastIndexOf('-');
        var variant = dash < 0 ? null : entryId[(dash + 1)..];
        return variant is not null && (PlanVariants.Contains(variant) || CycleVariants.Contains(variant))
            ? variant
            : null;
    }

    /// <summary>Families with at least two variants, keyed by each member's id.</summary>
    public static Dictionary<string, PlanFamily> Discover(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);

        var byMember = new Dictionary<string, PlanFamily>(StringComparer.Ordinal);
        var groups = knowledge.Entries
            .Where(e => VariantOf(e.Id) is not null)
            .GroupBy(e => e.Id[..e.Id.LastIndexOf('-')], StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var members = group.ToDictionary(e => VariantOf(e.Id)!, StringComparer.Ordinal);
            var family = new PlanFamily(group.Key, members.Keys.All(CycleVariants.Contains), members);
            foreach (var member in group)
            {
                byMember[member.Id] = family;
            }
        }

        return byMember;
    }
}
