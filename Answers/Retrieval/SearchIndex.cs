using ChatBot.Answers.Knowledge;
using ChatBot.Answers.Plans;
using ChatBot.Answers.Text;

namespace ChatBot.Answers.Retrieval;

/// <summary>
/// An in-memory inverted index over one knowledge base. A question's score for an entry blends how much of
/// the question's (IDF-weighted) terms the entry covers in any field with how well it matches the entry's
/// single closest phrasing, so both long rambling questions and terse ones find their entry.
/// Immutable once built; safe for concurrent readers.
/// </summary>
internal sealed class SearchIndex
{
    private const double PhrasingStrength = 1.0;

    private readonly TextAnalyzer _analyzer;
    private readonly SpellingCorrector _corrector;
    private readonly Dictionary<string, List<Posting>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly IndexedEntry[] _entries;
    private readonly Phrasing[][] _phrasings;
    private readonly double _unknownIdf;

    public SearchIndex(KnowledgeBase knowledge, TextAnalyzer analyzer, RetrievalTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(tuning);

        _analyzer = analyzer;
        Tuning = tuning;
        TeamTerm = analyzer.Terms("team").Single();
        PlanTerms = new HashSet<string>(
            analyzer.Terms("free team business enterprise monthly yearly plan plans tier subscription"),
            StringComparer.Ordinal);
        Knowledge = knowledge;
        var surface = new Dictionary<string, int>(StringComparer.Ordinal);
        _entries = [.. knowledge.Entries.Select(e => Index(e, surface))];
        foreach (var word in DomainLexicon.SynonymRules.SelectMany(r => r.Split([' ', ',', '=', '>'])))
        {
            surface.TryAdd(word, 1);
        }

        _corrector = new SpellingCorrector(surface);
        for (var i = 0; i < _entries.Length; i++)
        {
            foreach (var (term, strength) in _entries[i].Strengths)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    list = [];
                    _postings[term] = list;
                }

                list.Add(new Posting(i, strength));
            }
        }

        var count = _entries.Length;
        foreach (var (term, list) in _postings)
        {
            _idf[term] = Math.Pow(Math.Log(1 + ((count - list.Count + 0.5) / (list.Count + 0.5))), tuning.IdfExponent);
        }

        _phrasings = [.. _entries.Select(e => e.Phrasings.Select(p => Compile(p, e.Discriminators)).ToArray())];
        _unknownIdf = Math.Pow(Math.Log(1 + ((count - 0.5) / 1.5)), tuning.IdfExponent) * tuning.UnknownTermWeight;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The analysed form of "team", which names both a plan and the user's colleagues.</summary>
    public string TeamTerm { get; }

    /// <summary>Terms that only name a plan or cycle ("yearly", "business", "plan"): no topic of their own.</summary>
    public IReadOnlySet<string> PlanTerms { get; }

    public RetrievalTuning Tuning { get; }

    /// <summary>True when the word (normalised, unstemmed) occurs anywhere in the knowledge base.</summary>
    public bool IsKnownWord(string word) => _corrector.IsKnown(word);

    /// <summary>Analyses a normalised question: typos fixed against the vocabulary, stems, synonyms.</summary>
    public Query Parse(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        var corrected = new HashSet<string>(StringComparer.Ordinal);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var fix = _corrector.Correct(words[i]);
            if (fix is not null)
            {
                words[i] = fix;
                corrected.UnionWith(_analyzer.Stems(fix));
            }
        }

        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in _analyzer.Terms(string.Join(' ', words)))
        {
            terms[term] = corrected.Contains(term) ? Tuning.CorrectedTermWeight : 1.0;
        }

        return new Query(terms, words);
    }

    /// <summary>The best <paramref name="top"/> entries by descending score; scores are in 0..1.</summary>
    public List<ScoredEntry> Rank(Query query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);

        var results = new List<ScoredEntry>(top + 1);
        var total = 0.0;
        var coverage = new Dictionary<int, double>();
        foreach (var (term, weight) in query.Terms)
        {
            if (!_idf.TryGetValue(term, out var idf))
            {
                // An unknown word argues against every entry; a bare number ("24 euros", "12 ppl") does not.
                total += term.All(char.IsDigit) ? 0 : weight * _unknownIdf;
                continue;
            }

            total += weight * idf;
            foreach (var posting in _postings[term])
            {
                coverage[posting.Entry] = coverage.GetValueOrDefault(posting.Entry) + (weight * idf * posting.Strength);
            }
        }

        // Best coverage first: the phrasing F1 cannot exceed 2c/(1+c) for coverage c, so once an entry's
        // best possible score falls below the current cut-off, no later entry can enter the top either.
        var share = Tuning.CoverageShare;
        foreach (var (entry, covered) in coverage.OrderByDescending(c => c.Value))
        {
            var c = Math.Min(1, covered / total);
            var bound = (share * c) + ((1 - share) * 2 * c / (1 + c));
            if (results.Count == top && bound <= results[^1].Score)
            {
                break;
            }

            var score = Math.Clamp((share * c) + ((1 - share) * BestPhrasing(_phrasings[entry], query, total)), 0, 1);
            Insert(results, new ScoredEntry(_entries[entry].Entry, score), top);
        }

        return results;
    }

    private static void Insert(List<ScoredEntry> results, ScoredEntry scored, int top)
    {
        var at = results.Count;
        while (at > 0 && results[at - 1].Score < scored.Score)
        {
            at--;
        }

        if (at < top)
        {
            results.Insert(at, scored);
            if (results.Count > top)
            {
                results.RemoveAt(top);
            }
        }
    }

    // F1 of the question against one phrasing: rewards phrasings the question covers and that cover it.
    private static double BestPhrasing(Phrasing[] phrasings, Query query, double total)
    {
        var best = 0.0;
        foreach (var phrasing in phrasings)
        {
            var matched = 0.0;
            var size = phrasing.BaseSize;
            for (var i = 0; i < phrasing.Terms.Length; i++)
            {
                if (query.Terms.TryGetValue(phrasing.Terms[i], out var weight))
                {
                    matched += weight * phrasing.Idf[i];
                    size += phrasing.Discriminator[i] ? phrasing.Idf[i] : 0;
                }
            }

            if (matched <= 0 || size <= 0)
            {
                continue;
            }

            var precision = matched / size;
            var recall = matched / total;
            best = Math.Max(best, 2 * precision * recall / (precision + recall));
        }

        return best;
    }

    private IndexedEntry Index(KnowledgeEntry entry, Dictionary<string, int> surface)
    {
        var strengths = new Dictionary<string, double>(StringComparer.Ordinal);
        var phrasings = new List<string[]>();
        foreach (var phrasing in entry.Alternates.Prepend(entry.Question))
        {
            var terms = Analyse(phrasing, surface);
            phrasings.Add([.. terms.Distinct(StringComparer.Ordinal)]);
            Raise(strengths, terms, PhrasingStrength);
        }


        Raise(strengths, Analyse(entry.Category + " " + entry.Id.Replace('-', ' '), surface), Tuning.CategoryStrength);
        Raise(strengths, Analyse(entry.Answer, surface), Tuning.AnswerStrength);
        return new IndexedEntry(entry, strengths, phrasings, Discriminators(entry));
    }

    // In a plan family the plan or cycle word tells siblings apart; a question that leaves it out ("can I get
    // a refund") matches the family's shared part fully, and the plan check then asks or decides.
    private HashSet<string> Discriminators(KnowledgeEntry entry)
    {
        var variant = PlanFamily.VariantOf(entry.Id);
        return variant is null
            ? []
            : new HashSet<string>(_analyzer.Terms(variant + " plan"), StringComparer.Ordinal);
    }

    private List<string> Analyse(string text, Dictionary<string, int> surface)
    {
        var normalized = QuestionNormalizer.Normalize(text);
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            surface[word] = surface.GetValueOrDefault(word) + 1;
        }

        return _analyzer.Terms(normalized);
    }

    private static void Raise(Dictionary<string, double> strengths, List<string> terms, double strength)
    {
        foreach (var term in terms)
        {
            strengths[term] = Math.Max(strengths.GetValueOrDefault(term), strength);
        }
    }

    private readonly record struct Posting(int Entry, double Strength);

    // Discriminator terms count towards a phrasing's size only when the question uses them.
    private Phrasing Compile(string[] terms, HashSet<string> discriminators)
    {
        var idf = terms.Select(t => _idf[t]).ToArray();
        var discriminator = terms.Select(discriminators.Contains).ToArray();
        var baseSize = idf.Where((_, i) => !discriminator[i]).Sum();
        return new Phrasing(terms, idf, discriminator, baseSize);
    }

    private sealed record Phrasing(string[] Terms, double[] Idf, bool[] Discriminator, double BaseSize);

    private sealed record IndexedEntry(
        KnowledgeEntry Entry,
        Dictionary<string, double> Strengths,
        List<string[]> Phrasings,
        HashSet<string> Discriminators);
}
