using BenchmarkDotNet.Attributes;
using ChatBot.Answers.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Benchmarks;

/// <summary>
/// One answer (no cache, no model) per operation, cycling through the development questions, on the shipped
/// knowledge base and on a generated one of 1,000 entries.
/// </summary>
[MemoryDiagnoser]
public class AnswerLatencyBenchmarks
{
    private KnowledgeAnswerEngine _engine = null!;
    private string[] _questions = [];
    private int _next;

    [Params(79, 1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = CreateEngine(Entries);
        _questions = Questions.Load();
    }

    [Benchmark]
    public async Task<Answer> Answer()
    {
        var question = _questions[_next++ % _questions.Length];
        return await _engine.AnswerAsync(new AnswerRequest(question));
    }

    internal static KnowledgeAnswerEngine CreateEngine(int entries)
    {
        var knowledge = entries <= 79 ? KnowledgeLoader.LoadEmbedded() : GeneratedKnowledge.Create(entries);
        return new KnowledgeAnswerEngine(
            KnowledgeProvider.ForKnowledge(knowledge),
            new FixedOptions(),
            NullLogger<KnowledgeAnswerEngine>.Instance);
    }

    private sealed class FixedOptions : IOptionsMonitor<AnswersOptions>
    {
        public AnswersOptions CurrentValue { get; } = new();

        public AnswersOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<AnswersOptions, string?> listener) => null;
    }
}
