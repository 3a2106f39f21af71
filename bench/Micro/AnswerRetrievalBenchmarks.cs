using BenchmarkDotNet.Attributes;
using ChatBot.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bench.Micro;

/// <summary>
/// Answer retrieval as the bot runs it (<c>AddAnswers</c> with no settings: the shipped knowledge base and the
/// in-process answer cache): a question seen before (a cache hit), and the retrieval itself behind the cache.
/// </summary>
[MemoryDiagnoser]
public class AnswerRetrievalBenchmarks
{
    private static readonly string[] Questions =
    [
        "how do i reset my password",
        "team plan how many gb do we get",
        "can i share with a client who doesnt have larkspur",
        "my storage is full what now",
        "someone left the company how do i kick them out and keep their files",
        "whats the weather in berlin tomorrow",
        "hey there",
        "Do you take American Express?",
    ];

    private ServiceProvider? _services;
    private IAnswerEngine? _cached;
    private KnowledgeAnswerEngine? _retrieval;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection().AddLogging().AddAnswers(configuration).BuildServiceProvider();
        _cached = _services.GetRequiredService<IAnswerEngine>();
        _retrieval = _services.GetRequiredService<KnowledgeAnswerEngine>();
        foreach (var question in Questions)
        {
            _cached.AnswerAsync(new AnswerRequest(question)).AsTask().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>A question asked before: what most turns of a campaign cost.</summary>
    [Benchmark]
    public Answer CacheHit() => _cached!.AnswerAsync(new AnswerRequest(Next())).AsTask().GetAwaiter().GetResult();

    /// <summary>Normalising, analysing and scoring against the knowledge base: what a cache miss costs.</summary>
    [Benchmark]
    public Answer Retrieval() => _retrieval!.AnswerAsync(new AnswerRequest(Next())).AsTask().GetAwaiter().GetResult();

    private string Next() => Questions[_next++ % Questions.Length];
}
