namespace ChatBot.Answers.Knowledge;

/// <summary>A validated, immutable knowledge base and the hash of the content it was loaded from.</summary>
public sealed class KnowledgeBase
{
    /// <summary>The categories an entry may have; anything else is a typo in the file.</summary>
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "billing", "plans", "account", "security", "storage", "sharing", "apps", "support", "outages", "privacy",
    };

    private readonly Dictionary<string, KnowledgeEntry> _byId;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries, string version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(version);

        Entries = entries;
        Version = version;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>A content hash: equal files give equal versions, any edit gives a new one.</summary>
    public string Version { get; }

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
