using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Answers;

/// <summary>
/// Runs a questions file through an engine (the host's <c>eval</c> verb): one JSON line per question
/// (<c>{"q","expect","got","confidence"}</c>), then a summary line. "got" is the answered entry id,
/// "smalltalk", "none" when abstaining, and "didyoumean" or "needsplan" for the other outcomes, which count
/// as misses for in-scope accuracy and as not abstained for out-of-scope questions.
/// </summary>
public sealed class Evaluation
{
    private static readonly JsonSerializerOptions LineOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IAnswerEngine _engine;

    public Evaluation(IAnswerEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);

        _engine = engine;
    }

    public static async Task<IReadOnlyList<EvaluationQuestion>> ReadQuestionsAsync(
        string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        await using var stream = File.OpenRead(path);
        var questions = await JsonSerializer.DeserializeAsync<List<EvaluationQuestion>>(
            stream, cancellationToken: cancellationToken);
        return questions ?? throw new InvalidDataException(
            $"'{path}' holds no questions; it must be a JSON array of {{\"q\": ..., \"expect\": ...}}.");
    }

    public async Task<EvaluationSummary> RunAsync(
        string questionsPath, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(questionsPath);
        ArgumentNullException.ThrowIfNull(output);

        var questions = await ReadQuestionsAsync(questionsPath, cancellationToken);
        return await RunAsync(questions, output, cancellationToken);
    }

    public async Task<EvaluationSummary> RunAsync(
        IReadOnlyList<EvaluationQuestion> questions, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(output);

        int inScope = 0, correct = 0, outOfScope = 0, abstained = 0, smallTalk = 0, recognised = 0;
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answer = await _engine.AnswerAsync(
                new AnswerRequest(question.Q, question.Plan, question.Topic), cancellationToken);
            var got = Got(answer);
            await output.WriteLineAsync(JsonSerializer.Serialize(
                new { q = question.Q, expect = question.Expect, got, confidence = answer.Confidence }, LineOptions));

            switch (question.Expect)
            {
                case EvaluationQuestion.None:
                    outOfScope++;
                    abstained += got == EvaluationQuestion.None ? 1 : 0;
                    break;
                case Answer.SmallTalkId:
                    smallTalk++;
                    recognised += got == Answer.SmallTalkId ? 1 : 0;
                    break;
                default:
                    inScope++;
                    correct += got == question.Expect ? 1 : 0;
                    break;
            }
        }

        var summary = new EvaluationSummary(
            inScope, Percent(correct, inScope), outOfScope, Percent(abstained, outOfScope),
            smallTalk, Percent(recognised, smallTalk));
        await output.WriteLineAsync(JsonSerializer.Serialize(summary, LineOptions));
        return summary;
    }

    private static string Got(Answer answer) => answer.Kind switch
    {
        AnswerKind.Answered => answer.EntryId ?? EvaluationQuestion.None,
        AnswerKind.SmallTalk => Answer.SmallTalkId,
        AnswerKind.Abstained => EvaluationQuestion.None,
        AnswerKind.DidYouMean => "didyoumean",
        _ => "needsplan",
    };

    private static double Percent(int part, int whole) => whole == 0 ? 100 : Math.Round(100.0 * part / whole, 1);
}
