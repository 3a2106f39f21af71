using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Locking;
using ChatBot.Storage.Redis.RateLimiting;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Tests.Infrastructure;
using ChatBot.Storage.Tests.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.Turns;

/// <summary>
/// The state store inside a Redis turn: reads answered from what the turn read ahead or wrote, overwrites sent with
/// the lock release, ETag checks still refused on the spot, and the lock freed whatever the turn did.
/// </summary>
public sealed class RedisTurnTests
{
    private const string CustomKey = "custom/settings";

    private readonly RedisKeys _keys = TestRedis.NewKeys();
    private readonly ConnectionMultiplexer _redis = TestRedis.Standalone;
    private readonly RedisStorage _storage;

    public RedisTurnTests()
    {
        _storage = RedisStorageFactory.Create(_redis, _keys);
    }

    private static string ConversationKey =>
        $"{BotInstance.Conversation.ChannelId}/conversations/{BotInstance.Conversation.Conversation.Id}";

    private RedisKey LockKey => _keys.TurnLock(BotStateKey.ConversationOwner(
        BotInstance.Conversation.ChannelId, BotInstance.Conversation.Conversation.Id));

    [Fact]
    public async Task Write_InsideTurn_ReadBackAtOnceAndInRedisOnlyAfterTheTurn()
    {
        using var pipeline = new RedisTurnPipeline(_redis, _keys, new RateLimitOptions());
        var inRedisDuringTurn = true;
        object? readBack = null;

        await pipeline.Adapter.ProcessActivityAsync(MessageFactory.Text("hi"), async (turn, ct) =>
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [CustomKey] = Draft("Billing") }, ct);
            inRedisDuringTurn = await _redis.GetDatabase().KeyExistsAsync(_keys.State(CustomKey));
            readBack = (await _storage.ReadAsync([CustomKey], ct))[CustomKey];
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(inRedisDuringTurn);
        Assert.Equal("Billing", Assert.IsType<TicketDraft>(readBack).Category);
        var stored = await _storage.ReadAsync([CustomKey]);
        Assert.Equal("Billing", Assert.IsType<TicketDraft>(stored[CustomKey]).Category);
        Assert.False(await _redis.GetDatabase().KeyExistsAsync(LockKey));
    }

    [Fact]
    public async Task Write_StaleETagInsideTurn_ConflictThrownInTheTurn()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [CustomKey] = new PocoStoreItem { Count = 1 } });
        var stale = (JObject)(await _storage.ReadAsync([CustomKey]))[CustomKey];
        await _storage.WriteAsync(new Dictionary<string, object> { [CustomKey] = new PocoStoreItem { Count = 2 } });
        using var pipeline = new RedisTurnPipeline(_redis, _keys, new RateLimitOptions());
        Exception? thrown = null;

        await pipeline.Adapter.ProcessActivityAsync(MessageFactory.Text("hi"), async (turn, ct) =>
        {
            stale["Count"] = 10;
            thrown = await Record.ExceptionAsync(
                () => _storage.WriteAsync(new Dictionary<string, object> { [CustomKey] = stale }, ct));
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.IsType<ETagConflictException>(thrown);
        var stored = await _storage.ReadAsync([CustomKey]);
        Assert.Equal(2, (long?)Assert.IsType<JObject>(stored[CustomKey])["Count"]);
    }

    [Fact]
    public async Task Read_ByWorkThatOutlivesTheTurn_SeesRedisNotTheTurnsSnapshot()
    {
        using var pipeline = new RedisTurnPipeline(_redis, _keys, new RateLimitOptions());
        var turnEnded = new TaskCompletionSource();
        Task<IDictionary<string, object>>? lateRead = null;

        await pipeline.Adapter.ProcessActivityAsync(MessageFactory.Text("hi"), (turn, ct) =>
        {
            // Task.Run carries the turn's async flow, and with it the turn's scope, into the background.
            lateRead = Task.Run(async () =>
            {
                await turnEnded.Task;
                return await _storage.ReadAsync([ConversationKey]);
            });
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10));
        await _storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = Draft("Access") });
        turnEnded.SetResult();

        var read = await lateRead!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Access", Assert.IsType<TicketDraft>(read[ConversationKey]).Category);
    }

    [Fact]
    public async Task Turn_BotFailsAfterASave_SaveKeptAndLockReleased()
    {
        using var pipeline = new RedisTurnPipeline(_redis, _keys, new RateLimitOptions());

        var failure = await Record.ExceptionAsync(() => pipeline.Adapter.ProcessActivityAsync(
            MessageFactory.Text("hi"),
            async (turn, ct) =>
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [CustomKey] = Draft("Other") }, ct);
                throw new InvalidOperationException("the dialog broke");
            }).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.True(await _redis.GetDatabase().KeyExistsAsync(_keys.State(CustomKey)));
        Assert.False(await _redis.GetDatabase().KeyExistsAsync(LockKey));
    }

    [Fact]
    public async Task Delete_InsideTurnAfterAWrite_KeyGoneAfterTheTurn()
    {
        using var pipeline = new RedisTurnPipeline(_redis, _keys, new RateLimitOptions());

        await pipeline.Adapter.ProcessActivityAsync(MessageFactory.Text("hi"), async (turn, ct) =>
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = Draft("Billing") }, ct);
            await _storage.DeleteAsync([ConversationKey], ct);
            Assert.Empty(await _storage.ReadAsync([ConversationKey], ct));
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(await _storage.ReadAsync([ConversationKey]));
    }

    [Fact]
    public async Task Turns_RedisUnreachable_InProcessLimiterAndLockTakeOver()
    {
        using var dead = DeadRedis.Connect();
        using var pipeline = new RedisTurnPipeline(dead, _keys, new RateLimitOptions { PermitLimit = 2 });

        await new TestFlow(pipeline.Adapter, (turn, ct) =>
                turn.SendActivityAsync("echo " + turn.Activity.Text, cancellationToken: ct))
            .Send("one").AssertReply("echo one")
            .Send("two").AssertReply("echo two")
            .Send("three").AssertReply(reply =>
                Assert.Contains("Please write again", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync()
            .Timed();
    }

    [Fact]
    public async Task Turn_LockBusyPastWaitTimeout_FailsWithoutRunningTheBot()
    {
        var waitTimeout = TimeSpan.FromMilliseconds(300);
        using var pipeline = new RedisTurnPipeline(
            _redis, _keys, new RateLimitOptions(), null, new TurnLockOptions { WaitTimeout = waitTimeout });
        await _redis.GetDatabase().StringSetAsync(LockKey, "another-instance", TimeSpan.FromSeconds(30));
        var ran = false;

        var failure = await Record.ExceptionAsync(() => pipeline.Adapter.ProcessActivityAsync(
            MessageFactory.Text("hi"),
            (turn, ct) =>
            {
                ran = true;
                return Task.CompletedTask;
            }).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.IsType<TurnLockTimeoutException>(failure);
        Assert.False(ran);
        Assert.Equal("another-instance", await _redis.GetDatabase().StringGetAsync(LockKey));
    }

    [Fact]
    public void ForTurn_SameKeysAsTheSingleKeyBuilders()
    {
        var turn = _keys.ForTurn("msteams", "19:abc{x}@thread.v2", "29:user");

        Assert.Equal(_keys.State("msteams/conversations/19:abc{x}@thread.v2"), turn.ConversationState);
        Assert.Equal(_keys.TurnLock(BotStateKey.ConversationOwner("msteams", "19:abc{x}@thread.v2")), turn.TurnLock);
        Assert.Equal(_keys.State("msteams/users/29:user"), turn.UserState);
        Assert.Equal(_keys.RateWindow(BotStateKey.UserOwner("msteams", "29:user")), turn.RateWindow);
        Assert.Equal(_keys.RateNotice(BotStateKey.UserOwner("msteams", "29:user")), turn.RateNotice);
        Assert.Equal("msteams/users/29:user", turn.UserStorageKey);
    }

    private static TicketDraft Draft(string category) => new() { Category = category };
}
