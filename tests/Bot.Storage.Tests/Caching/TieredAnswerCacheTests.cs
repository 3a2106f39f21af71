using ChatBot.Answers;
using ChatBot.Answers.Caching;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Caching;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Caching;

public sealed class TieredAnswerCacheTests
{
    private static readonly Answer Sample = new(
        AnswerKind.Answered, "We answer Monday to Friday, 9:00-18:00 CET.", "support-hours", 0.97, []);

    private readonly RedisKeys _keys = TestRedis.NewKeys();

    [Fact]
    public async Task Get_AnsweredOnAnotherInstance_FetchedFromRedisThenKeptLocally()
    {
        var other = Create(TestRedis.Standalone);
        var here = Create(TestRedis.Standalone);
        await other.SetAsync("v1:-:-:support hours", Sample);

        var first = await here.GetManyAsync(["v1:-:-:missing", "v1:-:-:support hours"]);
        await TestRedis.Standalone.GetDatabase().KeyDeleteAsync(_keys.Answer("v1:-:-:support hours"));
        var second = await here.GetAsync("v1:-:-:support hours");

        Assert.Null(first[0]);
        Assert.Equal("support-hours", first[1]?.EntryId);
        Assert.Equal("support-hours", second?.EntryId);
    }

    [Fact]
    public async Task Get_RedisUnreachable_AnswersKeptOnThisInstanceStillServed()
    {
        using var dead = DeadRedis.Connect();
        var cache = Create(dead);

        await cache.SetAsync("v1:-:-:support hours", Sample).AsTask().Timed();

        Assert.Equal("support-hours", (await cache.GetAsync("v1:-:-:support hours").AsTask().Timed())?.EntryId);
        Assert.Null(await cache.GetAsync("v1:-:-:refunds").AsTask().Timed());
    }

    private TieredAnswerCache Create(IConnectionMultiplexer redis)
    {
        var options = Options.Create(new AnswerCacheOptions());
        return new TieredAnswerCache(
            new MemoryAnswerCache(options, TimeProvider.System),
            new RedisAnswerCache(
                redis, _keys, new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance), options,
                NullLogger<RedisAnswerCache>.Instance));
    }
}
