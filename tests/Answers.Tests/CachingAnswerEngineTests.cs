using ChatBot.Answers.Caching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Answers.Tests;

public class CachingAnswerEngineTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task AnswerAsync_ConfidentAnswer_SecondCallServedFromCache()
    {
        var inner = new CountingEngine(TestEngines.Create());
        var (engine, cache) = Create(inner);

        var first = await engine.AnswerAsync(new AnswerRequest("How do I reset my password?"));
        var second = await engine.AnswerAsync(new AnswerRequest("  how do I reset my PASSWORD\u200B?? "));

        Assert.Equal(AnswerKind.Answered, first.Kind);
        Assert.Equal(first, second);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(1, cache.Count);
    }

    [Theory]
    [InlineData("whats the weather in berlin tomorrow")]
    [InlineData("hello")]
    [InlineData("how much storage do we get")]
    public async Task AnswerAsync_NotConfidentlyAnswered_NotCached(string text)
    {
        var inner = new CountingEngine(TestEngines.Create());
        var (engine, cache) = Create(inner);

        var first = await engine.AnswerAsync(new AnswerRequest(text));
        await engine.AnswerAsync(new AnswerRequest(text));

        Assert.NotEqual(AnswerKind.Answered, first.Kind);
        Assert.Equal(2, inner.Calls);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task AnswerAsync_KnowledgeVersionChanges_Misses()
    {
        var inner = new CountingEngine(TestEngines.Create());
        var (engine, _) = Create(inner);

        await engine.AnswerAsync(new AnswerRequest("How do I reset my password?"));
        inner.Version = "v2";
        await engine.AnswerAsync(new AnswerRequest("How do I reset my password?"));

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task AnswerAsync_DifferentPlans_CachedSeparately()
    {
        var inner = new CountingEngine(TestEngines.Create());
        var (engine, _) = Create(inner);

        var team = await engine.AnswerAsync(new AnswerRequest("how much storage do we get", Plan: "team"));
        var business = await engine.AnswerAsync(new AnswerRequest("how much storage do we get", Plan: "business"));

        Assert.Equal("storage-limit-team", team.EntryId);
        Assert.Equal("storage-limit-business", business.EntryId);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpCachedWithoutTopic_NotReusedForConversationWithTopic()
    {
        var inner = new CountingEngine(TestEngines.Create());
        var (engine, _) = Create(inner);

        await engine.AnswerAsync(new AnswerRequest("and for yearly plans?"));
        var withTopic = await engine.AnswerAsync(
            new AnswerRequest("and for yearly plans?", Topic: "billing-refund-monthly"));
        var again = await engine.AnswerAsync(
            new AnswerRequest("and for yearly plans?", Topic: "billing-refund-monthly"));

        Assert.Equal("billing-refund-yearly", withTopic.EntryId);
        Assert.Equal(withTopic, again);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task AnswerAsync_ConcurrentIdenticalMisses_ComputedOnce()
    {
        var gate = new TaskCompletionSource();
        var inner = new CountingEngine(TestEngines.Create(), gate.Task);
        var (engine, _) = Create(inner);

        var calls = Enumerable.Range(0, 20)
            .Select(_ => engine.AnswerAsync(new AnswerRequest("How do I reset my password?")).AsTask())
            .ToList();
        await Task.Delay(50);
        gate.SetResult();
        var answers = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, inner.Calls);
        Assert.All(answers, a => Assert.Equal("account-password-reset", a.EntryId));
    }

    [Fact]
    public async Task AnswerAsync_CallerCancelsWhileShared_OthersStillGetAnswer()
    {
        var gate = new TaskCompletionSource();
        var inner = new CountingEngine(TestEngines.Create(), gate.Task);
        var (engine, _) = Create(inner);
        using var leaving = new CancellationTokenSource();

        var first = engine.AnswerAsync(new AnswerRequest("How do I reset my password?"), leaving.Token).AsTask();
        var second = engine.AnswerAsync(new AnswerRequest("How do I reset my password?")).AsTask();
        await leaving.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("account-password-reset", (await second.WaitAsync(TimeSpan.FromSeconds(10))).EntryId);
    }

    private (CachingAnswerEngine Engine, MemoryAnswerCache Cache) Create(IAnswerEngine inner)
    {
        var options = Options.Create(new AnswerCacheOptions());
        var cache = new MemoryAnswerCache(options, _time);
        return (new CachingAnswerEngine(inner, cache, options, NullLogger<CachingAnswerEngine>.Instance), cache);
    }

    private sealed class CountingEngine(IAnswerEngine inner, Task? gate = null) : IAnswerEngine
    {
        private int _calls;

        public int Calls => _calls;

        public string? Version { get; set; }

        public string KnowledgeVersion => Version ?? inner.KnowledgeVersion;

        public async ValueTask<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            if (gate is not null)
            {
                await gate;
            }

            return await inner.AnswerAsync(request, cancellationToken);
        }

        public IReadOnlyList<AnswerCandidate> Search(string query, int top) => inner.Search(query, top);
    }
}
