namespace ChatBot.Answers.Text;

/// <summary>
/// Fixes typos against the knowledge base's own vocabulary ("pasword", "anual", "evrything") with the
/// symmetric-delete method: every vocabulary word is indexed under itself and each one-letter deletion, so a
/// lookup costs a few dictionary probes instead of an edit-distance scan over the whole vocabulary.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinLength = 5;

    private readonly HashSet<string> _words;
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _frequency;
    private readonly int _longestWord;

    public SpellingCorrector(IReadOnlyDictionary<string, int> wordFrequency)
    {
        ArgumentNullException.ThrowIfNull(wordFrequency);

        _frequency = new Dictionary<string, int>(wordFrequency, StringComparer.Ordinal);
        _words = new HashSet<string>(wordFrequency.Keys, StringComparer.Ordinal);
        _longestWord = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
        foreach (var word in _words.Where(w => w.Length >= MinLength - 1))
        {
            AddVariant(word, word);
            foreach (var deletion in Deletions(word))
            {
                AddVariant(deletion, word);
            }
        }
    }

    public bool IsKnown(string word) => _words.Contains(word);

    /// <summary>The closest known word, or null when the word is known, too short, or nothing is close.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // Past the longest known word plus the edits allowed nothing can match, and the deletions of a huge
        // "word" (a pasted blob) would cost time quadratic in its length.
        if (word.Length < MinLength || word.Length > _longestWord + 2 || _words.Contains(word)
            || !word.All(char.IsLetter))
        {
            return null;
        }

        // Short words tolerate one edit, longer words two; more than that turns unrelated words into matches.
        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var candidate in Candidates(word))
        {
            var distance = EditDistance.Damerau(word, candidate, maxDistance);
            var frequency = _frequency[candidate];
            // A short word has many near neighbours ("bread" and "read"); only correct into longer words.
            if (distance <= maxDistance && candidate.Length >= MinLength
                && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
            {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return best;
    }

    private IEnumerable<string> Candidates(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Deletions(word).Prepend(word))
        {
            if (_deletes.TryGetValue(key, out var words))
            {
                foreach (var candidate in words.Where(seen.Add))
                {
                    yield return candidate;
                }
            }
        }
    }

    private void AddVariant(string variant, string word)
    {
        if (!_deletes.TryGetValue(variant, out var words))
        {
            words = [];
            _deletes[variant] = words;
        }

        if (!words.Contains(word))
        {
            words.Add(word);
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }
}
