using ChatBot.Answers;
using ChatBot.Answers.Caching;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Caching;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Caching;

public sealed class RedisAnswerCacheTests
{
    private static readonly Answer Sample = new(
        AnswerKind.Answered,
        "Open Settings → Security → Reset password.",
        "kb-reset-password",
        0.91,
        [new AnswerCandidate("kb-reset-password", "How do I reset my password?", 0.91)])
    {
        Title = "How do I reset my password?",
        FollowUp = true,
    };

    private readonly RedisKeys _keys = TestRedis.NewKeys();

    [Fact]
    public async Task Get_AfterSet_ReturnsTheSameAnswer()
    {
        var cache = Create(TestRedis.Standalone, TimeSpan.FromHours(1));

        await cache.SetAsync("v7|team|reset my password", Sample);
        var cached = await cache.GetAsync("v7|team|reset my password");

        Assert.NotNull(cached);
        Assert.Equal(Sample with { Candidates = cached.Candidates }, cached);
        Assert.Equal(Sample.Candidates, cached.Candidates);
        Assert.Null(await cache.GetAsync("v8|team|reset my password"));
    }

    [Fact]
    public async Task Set_ShortTtl_EntryExpires()
    {
        var cache = Create(TestRedis.Standalone, TimeSpan.FromMilliseconds(1500));
        await cache.SetAsync("q", Sample);
        Assert.NotNull(await cache.GetAsync("q"));

        await Task.Delay(1800);

        Assert.Null(await cache.GetAsync("q"));
    }

    [Fact]
    public async Task GetAndSet_RedisUnreachable_MissWithoutException()
    {
        using var dead = DeadRedis.Connect();
        var cache = Create(dead, TimeSpan.FromHours(1));

        await cache.SetAsync("q", Sample).AsTask().Timed();

        Assert.Null(await cache.GetAsync("q").Timed());
    }

    private RedisAnswerCache Create(IConnectionMultiplexer redis, TimeSpan ttl) => new(
        redis,
        _keys,
        new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance),
        Options.Create(new AnswerCacheOptions { Ttl = ttl }),
        NullLogger<RedisAnswerCache>.Instance);
}
