using ChatBot.Answers.Plans;
using ChatBot.Answers.Retrieval;

namespace ChatBot.Answers.Knowledge;

/// <summary>One loaded knowledge base with everything derived from it, swapped as a whole on reload.</summary>
internal sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(KnowledgeBase knowledge, SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(index);

        Knowledge = knowledge;
        Index = index;
        Families = PlanFamily.Discover(knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public SearchIndex Index { get; }

    /// <summary>Plan and billing-cycle families, keyed by member entry id.</summary>
    public IReadOnlyDictionary<string, PlanFamily> Families { get; }
}
