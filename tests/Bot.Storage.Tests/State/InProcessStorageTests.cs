using ChatBot.Storage.Redis.State;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.State;

/// <summary>Expiry and memory of the embedded store: what the contract suite cannot see.</summary>
public sealed class InProcessStorageTests : IDisposable
{
    private const string Conversation = "msteams/conversations/19:abc";
    private const string PrivateConversation = "msteams/conversations/19:abc/users/29:u";
    private const string User = "msteams/users/29:u";

    private static readonly TimeSpan ConversationTtl = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan UserTtl = TimeSpan.FromDays(30);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-04T10:00:00Z"));
    private readonly InProcessStorage _storage;

    public InProcessStorageTests()
    {
        _storage = new InProcessStorage(
            new StateJsonSerializer(new StateTypeAllowList()),
            Options.Create(new StateOptions { ConversationTtl = ConversationTtl, UserTtl = UserTtl }),
            _time);
    }

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Read_ConversationStateAfterItsTtl_IsGone()
    {
        await WriteAsync(Conversation, PrivateConversation);

        _time.Advance(ConversationTtl - TimeSpan.FromSeconds(1));
        Assert.Equal(2, (await _storage.ReadAsync([Conversation, PrivateConversation])).Count);

        _time.Advance(ConversationTtl);
        Assert.Empty(await _storage.ReadAsync([Conversation, PrivateConversation]));
    }

    [Fact]
    public async Task Read_ConversationState_SlidesItsExpiry()
    {
        await WriteAsync(Conversation);

        for (var i = 0; i < 4; i++)
        {
            _time.Advance(ConversationTtl * 0.75);
            Assert.Single(await _storage.ReadAsync([Conversation]));
        }
    }

    [Fact]
    public async Task Read_UserState_DoesNotSlideAndLastsUserTtl()
    {
        await WriteAsync(User);

        _time.Advance(UserTtl * 0.75);
        Assert.Single(await _storage.ReadAsync([User]));
        _time.Advance(UserTtl * 0.5);

        Assert.Empty(await _storage.ReadAsync([User]));
    }

    [Fact]
    public async Task Write_OverExpiredItemWithOldETag_StoresAsForMissingKey()
    {
        await WriteAsync(Conversation);
        var etag = (string)((JObject)(await _storage.ReadAsync([Conversation]))[Conversation])["ETag"]!;
        _time.Advance(ConversationTtl * 2);

        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [Conversation] = new JObject { ["turn"] = 2, ["ETag"] = etag + "-stale" },
        });

        Assert.Equal(2, (int)((JObject)(await _storage.ReadAsync([Conversation]))[Conversation])["turn"]!);
    }

    [Fact]
    public async Task Sweep_ExpiredConversationsNobodyReadsAgain_AreDropped()
    {
        var keys = Enumerable.Range(0, 1_000).Select(i => $"directline/conversations/c{i}").ToArray();
        await WriteAsync(keys);
        await WriteAsync(User);
        Assert.Equal(1_001, _storage.Count);

        _time.Advance(ConversationTtl + TimeSpan.FromMinutes(1));

        Assert.Equal(1, _storage.Count);
    }

    private Task WriteAsync(params string[] keys) =>
        _storage.WriteAsync(keys.ToDictionary(k => k, object (_) => new JObject { ["turn"] = 1 }));
}
