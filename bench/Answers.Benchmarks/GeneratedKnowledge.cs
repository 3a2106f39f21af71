using ChatBot.Answers.Knowledge;

namespace ChatBot.Answers.Benchmarks;

/// <summary>
/// A knowledge base of any size for timing: the shipped entries plus generated ones whose text is sampled
/// from the shipped text, so word frequencies and posting-list lengths grow the way a real larger base would.
/// </summary>
internal static class GeneratedKnowledge
{
    public static KnowledgeBase Create(int size, int seed = 42)
    {
        var shipped = KnowledgeLoader.LoadEmbedded();
        var random = new Random(seed);
        var words = shipped.Entries
            .SelectMany(e => e.Alternates.Append(e.Question).Append(e.Answer))
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var categories = KnowledgeBase.Categories.ToArray();
        var entries = new List<KnowledgeEntry>(shipped.Entries);
        for (var i = entries.Count; i < size; i++)
        {
            var category = categories[random.Next(categories.Length)];
            entries.Add(new KnowledgeEntry(
                $"{category}-generated-{i}",
                category,
                Sentence(random, words, 6, 12) + "?",
                [Sentence(random, words, 4, 10), Sentence(random, words, 4, 10), Sentence(random, words, 4, 10)],
                Sentence(random, words, 25, 60) + ".",
                []));
        }

        return new KnowledgeBase(entries, $"generated-{size}-{seed}");
    }

    private static string Sentence(Random random, string[] words, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => words[random.Next(words.Length)]));
}
