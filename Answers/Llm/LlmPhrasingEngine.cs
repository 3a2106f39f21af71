using System.Text;
using ChatBot.Answers.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Llm;

/// <summary>
/// Lets a chat model phrase confident answers, grounded only on the top knowledge-base entries. The model is
/// an optional nicety: on timeout, error or an empty reply the user gets the plain entry text, never an error.
/// </summary>
public sealed class LlmPhrasingEngine : IAnswerEngine
{
    private const string Instructions =
        "You are the support assistant of Larkspur Cloud. Answer the customer's question using only the facts "
        + "in the knowledge-base entries below; never add facts, prices or promises that are not in them. "
        + "The first entry is the one that matched best. Keep links and menu paths exactly as written, use "
        + "at most four sentences, and if the entries do not answer the question, repeat the first entry's answer.";

    private readonly IAnswerEngine _inner;
    private readonly IChatClient _chat;
    private readonly KnowledgeProvider _knowledge;
    private readonly LlmOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public LlmPhrasingEngine(
        IAnswerEngine inner,
        IChatClient chat,
        KnowledgeProvider knowledge,
        IOptions<AnswersOptions> options,
        TimeProvider time,
        ILogger<LlmPhrasingEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _inner = inner;
        _chat = chat;
        _knowledge = knowledge;
        _options = options.Value.Llm;
        _time = time;
        _logger = logger;
    }

    public string KnowledgeVersion => _inner.KnowledgeVersion;

    public IReadOnlyList<AnswerCandidate> Search(string query, int top) => _inner.Search(query, top);

    public async ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        var answer = await _inner.AnswerAsync(request, cancellationToken);
        if (answer.Kind != AnswerKind.Answered || answer.EntryId is null)
        {
            return answer;
        }

        var entries = Grounding(answer);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = _time.GetTimestamp();
        try
        {
            var response = await _chat.GetResponseAsync(Messages(request.Text, entries), Options(), linked.Token);
            var text = response.Text?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                LlmLog.EmptyReply(_logger, answer.EntryId);
                return answer;
            }

            LlmLog.Phrased(_logger, answer.EntryId, _time.GetElapsedTime(started).TotalMilliseconds);
            return answer with { Text = text };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LlmLog.TimedOut(_logger, answer.EntryId, _options.Timeout);
            return answer;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of the model (HTTP, protocol, quota) falls back; the plain entry is a correct answer.
            LlmLog.Failed(_logger, ex, answer.EntryId);
            return answer;
        }
    }

    private List<KnowledgeEntry> Grounding(Answer answer)
    {
        var knowledge = _knowledge.Knowledge;
        var ids = answer.Candidates.Select(c => c.EntryId).Prepend(answer.EntryId!).Distinct(StringComparer.Ordinal);
        return [.. ids.Select(knowledge.Find).OfType<KnowledgeEntry>().Take(_options.GroundingEntries)];
    }

    private static List<ChatMessage> Messages(string question, List<KnowledgeEntry> entries)
    {
        var grounding = new StringBuilder(Instructions).AppendLine().AppendLine();
        foreach (var entry in entries)
        {
            grounding.Append("Entry ").Append(entry.Id).AppendLine(":")
                .Append("Q: ").AppendLine(entry.Question)
                .Append("A: ").AppendLine(entry.Answer)
                .AppendLine();
        }

        return [new ChatMessage(ChatRole.System, grounding.ToString()), new ChatMessage(ChatRole.User, question)];
    }

    private ChatOptions Options() => new() { ModelId = _options.Model, Temperature = 0.2f, MaxOutputTokens = 400 };
}
