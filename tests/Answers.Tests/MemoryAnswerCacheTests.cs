using ChatBot.Answers.Caching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Answers.Tests;

public class MemoryAnswerCacheTests
{
    private static readonly Answer Sample = new(AnswerKind.Answered, "text", "billing-vat-id", 0.9, []);

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task GetAsync_BeforeAndAfterTtl_HitThenMiss()
    {
        var cache = Create(new AnswerCacheOptions { Ttl = TimeSpan.FromMinutes(10) });
        await cache.SetAsync("k", Sample);

        _time.Advance(TimeSpan.FromMinutes(9));
        var before = await cache.GetAsync("k");
        _time.Advance(TimeSpan.FromMinutes(1));
        var after = await cache.GetAsync("k");

        Assert.Equal(Sample, before);
        Assert.Null(after);
    }

    [Fact]
    public async Task SetAsync_OverCapacity_EvictsOldestAndStaysBounded()
    {
        var cache = Create(new AnswerCacheOptions { MaxEntries = 10 });

        for (var i = 0; i < 25; i++)
        {
            await cache.SetAsync($"k{i}", Sample);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.InRange(cache.Count, 1, 10);
        Assert.Null(await cache.GetAsync("k0"));
        Assert.NotNull(await cache.GetAsync("k24"));
    }

    private MemoryAnswerCache Create(AnswerCacheOptions options) => new(Options.Create(options), _time);
}
