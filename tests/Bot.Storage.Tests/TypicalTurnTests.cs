using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using ChatBot.Storage.Tests.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace ChatBot.Storage.Tests;

/// <summary>
/// A typical turn through the Redis half of the pipeline as the host wires it (rate limit → Redis turn: limit, lock
/// and state reads in one pipeline, state writes and lock release in another → state), repeated: the workload
/// behind the commands-per-turn figure (run alone against an otherwise idle Redis, read <c>INFO commandstats</c>).
/// </summary>
public sealed class TypicalTurnTests
{
    public const int Turns = 100;

    [Theory]
    [InlineData(TestRedis.StandaloneVariable)]
    [InlineData(TestRedis.ClusterVariable)]
    public async Task Turns_HundredInOneConversation_AllAnsweredWithStateKept(string redisVariable)
    {
        var keys = TestRedis.NewKeys();
        var redis = redisVariable == TestRedis.ClusterVariable ? TestRedis.Cluster : TestRedis.Standalone;
        var storage = RedisStorageFactory.Create(redis, keys);
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        using var pipeline = new RedisTurnPipeline(
            redis, keys, new RateLimitOptions { PermitLimit = Turns }, conversationState, userState);
        var draft = conversationState.CreateProperty<TicketDraft>("ticket");
        var plan = userState.CreateProperty<string>("plan");

        var flow = new TestFlow(pipeline.Adapter, async (turn, ct) =>
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
