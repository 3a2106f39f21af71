using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.State;
using ChatBot.Storage.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Storage.Tests.State;

/// <summary>What the Redis store promises beyond the SDK contract: expiry, key layout, type safety.</summary>
public sealed class RedisStorageTests
{
    private const string Conversation = "directline/conversations/FakeDLConv0011Race001-eu";
    private const string PrivateConversation = "directline/conversations/FakeDLConv0011Race001-eu/users/dl_7f3a9c2e";
    private const string User = "directline/users/dl_7f3a9c2e";

    private readonly RedisKeys _keys = TestRedis.NewKeys();
    private readonly IDatabase _db = TestRedis.Standalone.GetDatabase();

    [Fact]
    public async Task Write_StaleETagInJObject_ThrowsConflictNamingTheKey()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["n"] = 1 } }).Timed();
        var stale = (string)((JObject)(await storage.ReadAsync(["k"]))["k"])["ETag"]!;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["n"] = 2 } }).Timed();

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["k"] = new JObject { ["n"] = 3, ["ETag"] = stale } }).Timed());

        Assert.Equal(["k"], conflict.Keys);
        Assert.Contains("'k'", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_StoreItemWithNullETag_Overwrites()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 1 } }).Timed();

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new PocoStoreItem { Count = 2 } }).Timed();

        Assert.Equal(2, ((JObject)(await storage.ReadAsync(["k"]))["k"]).Value<long>("Count"));
    }

    [Fact]
    public async Task Write_ConversationState_ExpiresAfterConversationTtl()
    {
        var storage = RedisStorageFactory.Create(
            TestRedis.Standalone, _keys, new StateOptions { ConversationTtl = TimeSpan.FromMilliseconds(700) });
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new PocoItem() }).Timed();
        Assert.Single(await storage.ReadAsync([Conversation]).Timed());

        await Task.Delay(1000);

        Assert.Empty(await storage.ReadAsync([Conversation]).Timed());
    }

    [Fact]
    public async Task Read_ConversationState_SlidesItsExpiry()
    {
        var storage = RedisStorageFactory.Create(
            TestRedis.Standalone, _keys, new StateOptions { ConversationTtl = TimeSpan.FromMilliseconds(1500) });
        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = new PocoItem() }).Timed();

        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(800);
            Assert.Single(await storage.ReadAsync([Conversation]).Timed());
        }

        var ttl = await _db.KeyTimeToLiveAsync(_keys.State(Conversation));
        Assert.InRange(ttl!.Value, TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task Write_UserState_KeepsUserTtlAndDoesNotSlideOnRead()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys, new StateOptions
        {
            ConversationTtl = TimeSpan.FromSeconds(5),
            UserTtl = TimeSpan.FromDays(30),
        });
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [User] = new PocoItem(),
            [PrivateConversation] = new PocoItem(),
        }).Timed();

        var userTtl = await _db.KeyTimeToLiveAsync(_keys.State(User));
        var privateTtl = await _db.KeyTimeToLiveAsync(_keys.State(PrivateConversation));

        Assert.InRange(userTtl!.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        Assert.InRange(privateTtl!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Keys_OfOneConversation_ShareOneHashTagAndSlot()
    {
        var owner = BotStateKey.ConversationOwner("directline", "FakeDLConv0011Race001-eu");
        var tag = RedisKeys.ConversationTag(owner);
        RedisKey[] keys = [_keys.State(Conversation), _keys.State(PrivateConversation), _keys.TurnLock(owner)];

        Assert.All(keys, key => Assert.Contains(tag, key.ToString(), StringComparison.Ordinal));
        Assert.Single(keys.Select(k => TestRedis.Standalone.HashSlot(k)).Distinct());
        Assert.DoesNotContain(tag, _keys.State(User).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_WithBracesInIds_StillTagByConversation()
    {
        var key = "emulator/conversations/{evil}conv}/users/{u}";
        var owner = BotStateKey.ConversationOwner("emulator", "{evil}conv}");

        Assert.Equal(TestRedis.Standalone.HashSlot(_keys.TurnLock(owner)),
            TestRedis.Standalone.HashSlot(_keys.State(key)));
        Assert.StartsWith(_keys.Root + RedisKeys.ConversationTag(owner), _keys.State(key).ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_AllowListedTypeInObjectSlot_ReadsBackAsThatType()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys);
        var state = new Dictionary<string, object>
        {
            ["draft"] = new TicketDraft { Category = "Software", Urgent = true, Names = ["Alex Doe"] },
            ["stepIndex"] = 2,
            ["other"] = new PocoItem { Count = 4 },
        };

        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = state }).Timed();
        var read = Assert.IsType<Dictionary<string, object>>((await storage.ReadAsync([Conversation]))[Conversation]);

        var draft = Assert.IsType<TicketDraft>(read["draft"]);
        Assert.Equal(("Software", true, "Alex Doe"), (draft.Category, draft.Urgent, draft.Names.Single()));
        Assert.Equal(2L, read["stepIndex"]);
        Assert.Equal(4, Assert.IsType<JObject>(read["other"]).Value<long>("Count"));
    }

    [Fact]
    public async Task Read_StoredTypeNameOffTheAllowList_IsRefusedWithoutCreatingIt()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys);
        var forged = new string('0', 32)
            + """{"$type":"System.Collections.Generic.Dictionary`2[System.String,System.Object]","v":"""
            + """{"$type":"System.Version, System.Runtime","Major":9}}""";
        await _db.StringSetAsync(_keys.State(Conversation), forged);

        var refused = await Assert.ThrowsAsync<JsonSerializationException>(
            () => storage.ReadAsync([Conversation]).Timed());

        Assert.Contains("System.Version", refused.Message, StringComparison.Ordinal);
        Assert.Contains("allow-list", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_UserJsonWithTypeProperty_IsStoredEscaped()
    {
        var storage = RedisStorageFactory.Create(TestRedis.Standalone, _keys);
        var value = new Dictionary<string, object>
        {
            ["value"] = JObject.Parse("""{"$type":"System.Version, System.Runtime","Major":9}"""),
        };

        await storage.WriteAsync(new Dictionary<string, object> { [Conversation] = value }).Timed();
        var raw = (string)(await _db.StringGetAsync(_keys.State(Conversation)))!;
        var read = (Dictionary<string, object>)(await storage.ReadAsync([Conversation]))[Conversation];

        Assert.Contains("\"$$type\":\"System.Version", raw, StringComparison.Ordinal);
        Assert.Equal("System.Version, System.Runtime", ((JObject)read["value"]).Value<string>("$type"));
    }
}
