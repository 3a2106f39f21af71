using ChatBot.Answers.Knowledge;
using ChatBot.Answers.Plans;
using ChatBot.Answers.Retrieval;
using ChatBot.Answers.SmallTalk;
using ChatBot.Answers.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers;

/// <summary>
/// Answers from the knowledge base: small talk first, then retrieval, then the plan check, then the
/// confidence thresholds decide between answering, offering "did you mean" and abstaining.
/// </summary>
public sealed class KnowledgeAnswerEngine : IAnswerEngine
{
    private const int RankDepth = 20;
    private const int SuggestionCount = 3;
    private const double TopicWeight = 0.6;
    private const double ColleagueTeamWeight = 0.3;

    private const string AbstainText =
        "I'm not sure I can answer that. Would you like me to connect you with a person from our support team?";

    private const string DidYouMeanText = "I'm not completely sure what you mean. Is it one of these?";

    private readonly KnowledgeProvider _knowledge;
    private readonly IOptionsMonitor<AnswersOptions> _options;
    private readonly ILogger _logger;

    public KnowledgeAnswerEngine(
        KnowledgeProvider knowledge, IOptionsMonitor<AnswersOptions> options, ILogger<KnowledgeAnswerEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _knowledge = knowledge;
        _options = options;
        _logger = logger;
    }

    public string KnowledgeVersion => _knowledge.Current.Knowledge.Version;

    public ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        cancellationToken.ThrowIfCancellationRequested();
        var answer = Answer(request);
        AnswerLog.Decided(_logger, answer.Kind, answer.EntryId, answer.Confidence);
        return ValueTask.FromResult(answer);
    }

    public IReadOnlyList<AnswerCandidate> Search(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);

        var index = _knowledge.Current.Index;
        return [.. index.Rank(index.Parse(QuestionNormalizer.Normalize(query)), top)
            .Select(s => new AnswerCandidate(s.Entry.Id, s.Entry.Question, Math.Round(s.Score, 3))
            {
                Text = s.Entry.Answer,
            })];
    }

    private Answer Answer(AnswerRequest request)
    {
        var normalized = QuestionNormalizer.Normalize(request.Text);
        if (SmallTalkRecognizer.TryRecognise(normalized, out var smallTalk))
        {
            var reply = SmallTalkRecognizer.Reply(smallTalk);
            return new Answer(AnswerKind.SmallTalk, reply, ChatBot.Answers.Answer.SmallTalkId, 1.0, []);
        }

        var snapshot = _knowledge.Current;
        var rawWords = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rawWords.Length == 0 || ForeignProducts.Mentioned(rawWords, snapshot.Index.IsKnownWord))
        {
            return Abstain(0);
        }

        var query = snapshot.Index.Parse(normalized);
        var mentions = PlanDetector.Detect(query.Words);
        if (mentions.ExplicitPlan != "team")
        {
            // "our team", "your support team": colleagues, not the Team plan, so the word says little.
            query = query.Scale(snapshot.Index.TeamTerm, ColleagueTeamWeight);
        }

        var options = _options.CurrentValue;
        var topic = request.Topic is null ? null : snapshot.Knowledge.Find(request.Topic);
        var followUp = FollowUp.IsFollowUp(query, snapshot.Index.PlanTerms);
        var ranked = snapshot.Index.Rank(query, RankDepth);

        // A follow-up borrows the previous topic unless it is a complete question of its own ("phone number?").
        if (topic is not null && followUp
            && (FollowUp.NamesOnlyPlan(query, snapshot.Index.PlanTerms)
                || Confidence.Of(ranked, snapshot.Families, snapshot.Index.Tuning) < options.AnswerThreshold))
        {
            var topicQuery = snapshot.Index.Parse(QuestionNormalizer.Normalize(topic.Question));
            ranked = snapshot.Index.Rank(query.With(topicQuery, TopicWeight), RankDepth);
        }
        else
        {
            topic = null;
        }

        if (ranked.Count == 0)
        {
            return Abstain(0);
        }

        var confidence = Confidence.Of(ranked, snapshot.Families, snapshot.Index.Tuning);
        var best = ranked[0].Entry;
        if (snapshot.Families.TryGetValue(best.Id, out var family) && confidence >= options.SuggestThreshold)
        {
            var chosen = PlanResolver.Resolve(family, mentions, request.Plan, topic);
            if (chosen is null)
            {
                var members = family.Members.Values
                    .Select(e => new AnswerCandidate(e.Id, e.Question, Math.Round(confidence, 3)))
                    .ToList();
                var question = PlanResolver.Question(family);
                return new Answer(AnswerKind.NeedsPlan, question, null, Math.Round(confidence, 3), members);
            }

            best = chosen;
        }

        var candidates = Suggestions(ranked, confidence);
        if (confidence >= options.AnswerThreshold)
        {
            return new Answer(AnswerKind.Answered, best.Answer, best.Id, Math.Round(confidence, 3), candidates)
            {
                Title = best.Question,
                FollowUp = followUp,
            };
        }

        return confidence >= options.SuggestThreshold
            ? new Answer(AnswerKind.DidYouMean, DidYouMeanText, null, Math.Round(confidence, 3), candidates)
            : Abstain(confidence);
    }

    private static List<AnswerCandidate> Suggestions(List<ScoredEntry> ranked, double confidence)
    {
        var top = ranked[0].Score;
        return [.. ranked.Take(SuggestionCount)
            .Select(s => new AnswerCandidate(s.Entry.Id, s.Entry.Question, Math.Round(confidence * s.Score / top, 3)))];
    }

    private static Answer Abstain(double confidence) =>
        new(AnswerKind.Abstained, AbstainText, null, Math.Round(confidence, 3), []);
}
