using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using ChatBot.Storage.Tests.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Tests;

/// <summary>
/// A typical turn through the Redis half of the pipeline (rate limit → turn lock → conversation and user state),
/// repeated: the workload behind the round-trips-per-turn figure (run alone against an otherwise idle Redis and
/// read <c>INFO commandstats</c>).
/// </summary>
public sealed class TypicalTurnTests
{
    public const int Turns = 100;

    [Fact]
    public async Task Turns_HundredInOneConversation_AllAnsweredWithStateKept()
    {
        var keys = TestRedis.NewKeys();
        var redis = TestRedis.Standalone;
        var availability = new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance);
        var limits = Options.Create(new RateLimitOptions { PermitLimit = Turns });
        var lockOptions = Options.Create(new TurnLockOptions());
        var storage = RedisStorageFactory.Create(redis, keys);
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        using var limiter = new UserRateLimiter(
            new RedisSlidingWindowRateLimiter(redis, keys, limits, TimeProvider.System),
            InProcessRateLimiter.Create(limits.Value),
            availability);
        var adapter = new TestAdapter(BotInstance.Conversation)
            .Use(new RateLimitMiddleware(
                limiter,
                new RedisThrottleNotice(redis, keys, availability, new InProcessThrottleNotice(TimeProvider.System)),
                limits,
                NullLogger<RateLimitMiddleware>.Instance))
            .Use(new TurnLockMiddleware(new RedisTurnLock(
                redis, keys, availability, new InProcessTurnLock(lockOptions), lockOptions, TimeProvider.System,
                NullLogger<RedisTurnLock>.Instance)))
            .Use(new AutoSaveStateMiddleware(conversationState, userState));
        var draft = conversationState.CreateProperty<TicketDraft>("ticket");
        var plan = userState.CreateProperty<string>("plan");

        var flow = new TestFlow(adapter, async (turn, ct) =>
        {
            var ticket = await draft.GetAsync(turn, () => new TicketDraft { Category = "Software" }, ct);
            var userPlan = await plan.GetAsync(turn, () => "team", ct);
            ticket.Names.Add(turn.Activity.Text);
            await turn.SendActivityAsync($"{userPlan}:{ticket.Names.Count}", cancellationToken: ct);
        });
        for (var i = 1; i <= Turns; i++)
        {
            flow = flow.Send($"message {i}").AssertReply($"team:{i}");
        }

        await flow.StartTestAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }
}
