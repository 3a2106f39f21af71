using System.Text.Json;

namespace ChatBot.Bench.LoadGenerator.Questions;

/// <summary>
/// The phrasings virtual users draw from: the users' own wording (<c>dev-questions.json</c>) plus every
/// knowledge-base entry's canonical question and alternates, grouped by what the bot should answer.
/// </summary>
public sealed class QuestionPool
{
    private readonly Dictionary<string, List<Question>> _byEntry;

    private QuestionPool(IReadOnlyList<Question> all)
    {
        All = all;
        InScope = all.Where(q => q.Kind == TurnKind.Question).ToList();
        SmallTalk = all.Where(q => q.Kind == TurnKind.SmallTalk).ToList();
        OutOfScope = all.Where(q => q.Kind == TurnKind.OutOfScope).ToList();
        _byEntry = InScope.GroupBy(q => q.ExpectedId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Question> All { get; }

    public IReadOnlyList<Question> InScope { get; }

    public IReadOnlyList<Question> SmallTalk { get; }

    public IReadOnlyList<Question> OutOfScope { get; }

    /// <summary>Reads <paramref name="devQuestionsPath"/> and, when given, the knowledge base at <paramref
    /// name="kbPath"/>.</summary>
    public static QuestionPool Load(string devQuestionsPath, string? kbPath)
    {
        ArgumentNullException.ThrowIfNull(devQuestionsPath);

        var followUps = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var questions = new List<Question>();
        if (kbPath is not null)
        {
            using var kb = JsonDocument.Parse(File.ReadAllBytes(kbPath));
            foreach (var entry in kb.RootElement.EnumerateArray())
            {
                var id = entry.GetProperty("id").GetString()
                    ?? throw new InvalidDataException($"An entry of {kbPath} has no id; every entry needs one.");
                var related = Strings(entry, "followUps");
                followUps[id] = related;
                questions.Add(new Question(entry.GetProperty("question").GetString() ?? string.Empty, id, related));
                questions.AddRange(Strings(entry, "alternates").Select(a => new Question(a, id, related)));
            }
        }

        using var dev = JsonDocument.Parse(File.ReadAllBytes(devQuestionsPath));
        foreach (var item in dev.RootElement.EnumerateArray())
        {
            var text = item.GetProperty("q").GetString() ?? string.Empty;
            var expect = item.GetProperty("expect").GetString();
            var id = expect is null or "none" ? null : expect;
            questions.Add(new Question(text, id, id is null ? [] : followUps.GetValueOrDefault(id, [])));
        }

        var usable = questions.Where(q => q.Text.Trim().Length > 0).DistinctBy(q => q.Text).ToList();
        return usable.Count > 0
            ? new QuestionPool(usable)
            : throw new InvalidDataException($"No questions were found in {devQuestionsPath}; check the file.");
    }

    /// <summary>The pool with only the questions <paramref name="keep"/> accepts (calibration drops the
    /// rest).</summary>
    public QuestionPool Where(Func<Question, bool> keep) => Select(q => keep(q) ? q : null);

    /// <summary>The pool with each question replaced by what <paramref name="change"/> returns; null drops
    /// it.</summary>
    public QuestionPool Select(Func<Question, Question?> change)
    {
        ArgumentNullException.ThrowIfNull(change);

        return new QuestionPool(All.Select(change).OfType<Question>().ToList());
    }

    /// <summary>The phrasings that the bot should answer with entry <paramref name="entryId"/>.</summary>
    public IReadOnlyList<Question> ForEntry(string entryId) =>
        _byEntry.TryGetValue(entryId, out var list) ? list : [];

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(a => a.GetString()).OfType<string>().ToList()
            : [];
}
