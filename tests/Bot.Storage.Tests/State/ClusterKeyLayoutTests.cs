using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.State;

/// <summary>On a real cluster: every key a conversation's turn leaves behind carries the conversation's hash
/// tag.</summary>
public sealed class ClusterKeyLayoutTests
{
    private readonly RedisKeys _keys = TestRedis.NewKeys();

    [Fact]
    public async Task Turn_OnCluster_LeavesNoConversationKeyOutsideItsHashTag()
    {
        var redis = TestRedis.Cluster;
        var storage = RedisStorageFactory.Create(redis, _keys);
        var conversationState = new ConversationState(storage);
        var privateState = new PrivateConversationState(storage);
        var userState = new UserState(storage);
        var options = Options.Create(new TurnLockOptions());
        var turnLock = new RedisTurnLock(
            redis, _keys, new RedisAvailability(redis, NullLogger<RedisAvailability>.Instance),
            new InProcessTurnLock(options), options, TimeProvider.System, NullLogger<RedisTurnLock>.Instance);
        var adapter = new TestAdapter(BotInstance.Conversation)
            .Use(new TurnLockMiddleware(turnLock))
            .Use(new AutoSaveStateMiddleware(conversationState, privateState, userState));
        string? lockKeyDuringTurn = null;

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await conversationState.CreateProperty<string>("step").SetAsync(turn, "askName", ct);
                await privateState.CreateProperty<string>("draft").SetAsync(turn, "urgent", ct);
                await userState.CreateProperty<string>("plan").SetAsync(turn, "team", ct);
                lockKeyDuringTurn = (await FindKeys(redis)).Single(k => k.EndsWith(":lock", StringComparison.Ordinal));
                await turn.SendActivityAsync("ok", cancellationToken: ct);
            })
            .Send("new ticket").AssertReply("ok")
            .StartTestAsync()
            .Timed();

        var tag = RedisKeys.ConversationTag(BotStateKey.ConversationOwner("directline", "FakeDLConv0011Race001-eu"));
        var keys = await FindKeys(redis);
        var conversationKeys = keys.Where(k => k.Contains("/conversations/", StringComparison.Ordinal))
            .Append(lockKeyDuringTurn!).ToList();
        Assert.Equal(3, conversationKeys.Count);
        Assert.All(conversationKeys, k => Assert.Contains(tag, k, StringComparison.Ordinal));
        Assert.Single(conversationKeys.Select(k => redis.HashSlot(k)).Distinct());
        Assert.Single(keys, k => k.Contains("/users/dl_7f3a9c2e", StringComparison.Ordinal)
            && !k.Contains(tag, StringComparison.Ordinal));
    }

    private async Task<List<string>> FindKeys(ConnectionMultiplexer redis)
    {
        var found = new List<string>();
        foreach (var server in redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(pattern: _keys.Root + "*"))
            {
                found.Add(key.ToString());
            }
        }

        return found;
    }
}
