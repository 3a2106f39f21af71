using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Tests.RateLimiting;

public sealed class RateLimitMiddlewareTests
{
    [Fact]
    public async Task Turn_OverTheLimit_GetsOnePoliteReplyThenSilence()
    {
        var limits = new RateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromMinutes(1) };
        var adapter = new TestAdapter().Use(new RateLimitMiddleware(
            InProcessRateLimiter.Create(limits),
            new InProcessThrottleNotice(TimeProvider.System),
            Options.Create(limits),
            NullLogger<RateLimitMiddleware>.Instance));

        await new TestFlow(adapter, (turn, ct) =>
            turn.SendActivityAsync("echo " + turn.Activity.Text, cancellationToken: ct))
            .Send("one").AssertReply("echo one")
            .Send("two").AssertReply("echo two")
            .Send("three").AssertReply(reply =>
                Assert.Matches(@"Please write again in (\d+ seconds|a second|\d+ minutes)",
                    reply.AsMessageActivity().Text))
            .Send("four").AssertNoReply()
            .Send("five").AssertNoReply()
            .StartTestAsync()
            .Timed();
    }

    [Fact]
    public async Task Turns_FiftyConcurrentOnTwoBotInstances_ExactlyTheLimitReachTheBotAndOneNotice()
    {
        var keys = TestRedis.NewKeys();
        var limits = new RateLimitOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };
        using var instanceA = new BotInstance(keys, limits, pause: TimeSpan.Zero);
        using var instanceB = new BotInstance(keys, limits, pause: TimeSpan.Zero);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => (i % 2 == 0 ? instanceA : instanceB).SendAsync($"m{i}")))).Timed();

        var replies = instanceA.Replies.Concat(instanceB.Replies).ToList();
        Assert.Equal(20, instanceA.Handled + instanceB.Handled);
        Assert.Single(replies, r => r.Contains("Please write again", StringComparison.Ordinal));
        Assert.Equal(20, (await instanceA.SavedMessagesAsync(keys).Timed()).Count);
    }

    [Theory]
    [InlineData(0.2, "a second")]
    [InlineData(42.1, "43 seconds")]
    [InlineData(150, "3 minutes")]
    public void Reply_SaysWhenTheUserCanWriteAgain(double seconds, string expected)
    {
        Assert.Contains("Please write again in " + expected, RateLimitMiddleware.Reply(TimeSpan.FromSeconds(seconds)),
            StringComparison.Ordinal);
    }
}
