using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Tests.Infrastructure;
using ChatBot.Storage.Tests.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Storage.Tests.Turns;

/// <summary>Redis going away in the middle of a Redis turn, between its start and its end pipeline.</summary>
public sealed class RedisTurnOutageTests
{
    [Fact]
    public async Task Turn_RedisStopsAfterTheReply_TurnEndsWithoutFailing()
    {
        using var server = new PrivateRedisServer();
        using var redis = server.Connect();
        var keys = TestRedis.NewKeys();
        var storage = RedisStorageFactory.Create(redis, keys);
        using var pipeline = new RedisTurnPipeline(redis, keys, new RateLimitOptions());
        var replied = false;

        // The user has the answer already: losing the end pipeline must not fail the turn, or the error handler
        // apologises for a turn that worked and throws the conversation's dialog away.
        var failure = await Record.ExceptionAsync(() => pipeline.Adapter.ProcessActivityAsync(
            MessageFactory.Text("hi"),
            async (turn, ct) =>
            {
                await storage.WriteAsync(
                    new Dictionary<string, object> { ["custom/settings"] = new PocoItem { Count = 1 } }, ct);
                await turn.SendActivityAsync("answer", cancellationToken: ct);
                replied = true;
                server.Stop();
            }).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.True(replied);
        Assert.Null(failure);
    }
}
