using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace ChatBot.Storage.Tests.Turns;

/// <summary>
/// A message answered by a middleware between the rate limit and the Redis turn (input validation does this) never
/// reaches the turn's pipeline; the rate-limit middleware charges it itself, before its reply leaves.
/// </summary>
public sealed class TurnedAwayBeforeTheTurnTests
{
    [Fact]
    public async Task Message_RejectedBeforeTheTurn_ChargedOnceAndThrottledUserHearsOnlyTheNotice()
    {
        var keys = TestRedis.NewKeys();
        var rejecter = new RejectingMiddleware();
        using var pipeline = new RedisTurnPipeline(
            TestRedis.Standalone, keys, new RateLimitOptions { PermitLimit = 2 }, rejecter, null);

        await new TestFlow(pipeline.Adapter, (turn, ct) => Task.CompletedTask)
            .Send("bad one").AssertReply("That message is too long.")
            .Send("bad two").AssertReply("That message is too long.")
            .Send("bad three").AssertReply(reply =>
                Assert.Contains("Please write again", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .Send("bad four").AssertNoReply()
            .StartTestAsync()
            .Timed();

        var user = BotStateKey.UserOwner(BotInstance.Conversation.ChannelId, BotInstance.Conversation.User.Id);
        Assert.Equal(2, await TestRedis.Standalone.GetDatabase().SortedSetLengthAsync(keys.RateWindow(user)));
        Assert.Equal(4, rejecter.Seen);
    }

    /// <summary>Stands in for input validation: answers every message itself and stops the pipeline.</summary>
    private sealed class RejectingMiddleware : IMiddleware
    {
        private int _seen;

        public int Seen => _seen;

        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _seen);
            await turnContext.SendActivityAsync("That message is too long.", cancellationToken: cancellationToken);
        }
    }
}
