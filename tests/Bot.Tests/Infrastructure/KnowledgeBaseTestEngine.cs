using System.Text.RegularExpressions;
using ChatBot.Answers;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in answer engine over the shared sample knowledge base, used by channel tests only when the host
/// registers no <see cref="IAnswerEngine"/> of its own (see <see cref="Register"/>): it answers a canonical
/// question or alternate by word overlap, greetings as small talk, and abstains otherwise.
/// </summary>
public sealed partial class KnowledgeBaseTestEngine : IAnswerEngine
{
    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);
    private static readonly HashSet<string> Greetings = ["hi", "hello", "hey", "hey there", "hi there"];

    public string KnowledgeVersion => "test";

    /// <summary>Registers this engine unless the host already has one.</summary>
    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<
            IAnswerEngine, KnowledgeBaseTestEngine>(services);

    public ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var words = Words(request.Text);
        if (Greetings.Contains(string.Join(' ', words)))
        {
            return ValueTask.FromResult(new Answer(AnswerKind.SmallTalk, "Hello! What can I help you with?",
                Answer.SmallTalkId, 1, []));
        }

        var best = Rank(words).FirstOrDefault();
        return ValueTask.FromResult(best is { Score: >= 0.5 }
            ? new Answer(AnswerKind.Answered, best.Entry.Answer, best.Entry.Id, best.Score, [])
            {
                Title = best.Entry.Question,
            }
            : new Answer(AnswerKind.Abstained, "Sorry, I don't know that one.", null, 0, []));
    }

    public IReadOnlyList<AnswerCandidate> Search(string query, int top) =>
        Rank(Words(query)).Where(r => r.Score > 0).Take(top)
            .Select(r => new AnswerCandidate(r.Entry.Id, r.Entry.Question, r.Score) { Text = r.Entry.Answer })
            .ToList();

    private static IEnumerable<(Entry Entry, double Score)> Rank(string[] words) =>
        Entries.Value
            .Select(e => (Entry: e, Score: e.Phrasings.Max(p => Overlap(words, p))))
            .OrderByDescending(r => r.Score);

    private static double Overlap(string[] words, string[] phrasing) =>
        words.Length == 0 ? 0 : (double)words.Intersect(phrasing).Count() / Math.Max(words.Length, phrasing.Length);

    private static string[] Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Distinct().ToArray();

    private static List<Entry> Load()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "kb", "larkspur-faq.json");
        return JArray.Parse(File.ReadAllText(path)).OfType<JObject>()
            .Select(e => new Entry(
                (string)e["id"]!,
                (string)e["question"]!,
                (string)e["answer"]!,
                [Words((string)e["question"]!), .. (e["alternates"] as JArray ?? []).Select(a => Words((string)a!))]))
            .ToList();
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    private sealed record Entry(string Id, string Question, string Answer, string[][] Phrasings);
}
