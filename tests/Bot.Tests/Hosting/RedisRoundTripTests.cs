using ChatBot.Bot.Tests.Infrastructure;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.State;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// Issue 8's budget, counted on the wire: the bot host talks to the real Redis (<c>CHATBOT_TEST_REDIS</c>) through
/// <see cref="RedisRoundTripProxy"/>, and sequential turns of one conversation must each cost at most three round
/// trips on the common path (the Redis turn's start and end pipelines, plus at most one answer-cache lookup).
/// </summary>
public sealed class RedisRoundTripTests : IAsyncLifetime
{
    private const string RedisVariable = "CHATBOT_TEST_REDIS";
    private const string Channel = "emulator";

    private readonly ITestOutputHelper _output;
    private readonly string _prefix = "rt-test-" + Guid.NewGuid().ToString("N")[..12];
    private string _redis = string.Empty;
    private ConnectorStub? _connector;
    private RedisRoundTripProxy? _proxy;

    public RedisRoundTripTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private string ConversationId => "conv-" + _prefix;

    private string UserId => "user-" + _prefix;

    private ConnectorStub Connector => _connector ?? throw new InvalidOperationException("Not started.");

    private RedisRoundTripProxy Proxy => _proxy ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _redis = Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } endpoint
            ? endpoint
            : throw new InvalidOperationException(
                $"Set {RedisVariable} to a loopback Redis host:port (scripts/test.sh does).");
        _connector = await ConnectorStub.StartAsync();
        _proxy = new RedisRoundTripProxy(_redis);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    [Fact]
    public async Task Turns_CommonPathOfOneConversation_AtMostThreeRoundTripsEach()
    {
        await using var host = StartHost(permitLimit: 1000);
        await CountedTurnAsync(host, "hello");
        string[] script =
        [
            "what are your support hours?",
            "how do I reset my password?",
            "what are your support hours?",
            "can i get a refund",
            "monthly",
            "thanks",
            "how do I reset my password?",
            "team plan how many gb do we get",
        ];

        var counts = new List<long>();
        foreach (var text in script)
        {
            var (response, roundTrips) = await CountedTurnAsync(host, text);
            Assert.NotEmpty(response.Messages);
            counts.Add(roundTrips);
        }

        _output.WriteLine($"round trips per turn: {string.Join(", ", counts)}");
        Assert.All(counts, count => Assert.InRange(count, 1, 3));
    }

    [Fact]
    public async Task Turn_OverTheRateLimit_OneNoticeNoStateChangeAtMostTwoRoundTrips()
    {
        await using var host = StartHost(permitLimit: 2);
        await CountedTurnAsync(host, "hello");
        await CountedTurnAsync(host, "what are your support hours?");
        var stateBefore = await ConversationStateAsync();

        var (refused, refusedTrips) = await CountedTurnAsync(host, "how do I reset my password?");
        var (silent, silentTrips) = await CountedTurnAsync(host, "how do I reset my password?");

        _output.WriteLine($"round trips: refused {refusedTrips}, refused again {silentTrips}");
        var notice = (string?)Assert.Single(refused.Messages)["text"];
        Assert.Contains("Please write again", notice, StringComparison.Ordinal);
        Assert.Empty(silent.Messages);
        Assert.InRange(refusedTrips, 1, 2);
        Assert.InRange(silentTrips, 1, 2);
        Assert.Equal(stateBefore, await ConversationStateAsync());
        Assert.False(await DirectAsync(db => db.KeyExistsAsync(Keys().TurnLock(Owner()))));
    }

    [Fact]
    public async Task Turn_LockHeldByAnotherInstance_WaitsThenAnswersChargedOnce()
    {
        await using var host = StartHost(permitLimit: 1000);
        await CountedTurnAsync(host, "hello");
        var lockKey = Keys().TurnLock(Owner());
        Assert.True(await DirectAsync(db => db.StringSetAsync(lockKey, "other-instance", TimeSpan.FromSeconds(30))));

        var turn = host.PostExpectingRepliesAsync(Message("what are your support hours?"));
        await Task.Delay(400);
        Assert.False(turn.IsCompleted);
        await DirectAsync(db => db.KeyDeleteAsync(lockKey));
        var response = await turn.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("support", (string?)response.Messages[0]["text"], StringComparison.OrdinalIgnoreCase);
        var charged = await DirectAsync(db => db.SortedSetLengthAsync(Keys().RateWindow(UserOwner())));
        Assert.Equal(2, charged);
        Assert.False(await DirectAsync(db => db.KeyExistsAsync(lockKey)));
    }

    private BotServer StartHost(int permitLimit) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = Proxy.Endpoint,
        ["Redis:KeyPrefix"] = _prefix,
        ["RateLimit:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private async Task<(BotResponse Response, long RoundTrips)> CountedTurnAsync(BotServer host, string text)
    {
        var before = Proxy.RoundTrips;
        var response = await host.PostExpectingRepliesAsync(Message(text));
        Assert.Equal(200, response.Status);
        return (response, Proxy.RoundTrips - before);
    }

    private RedisKeys Keys() => new(_prefix);

    private string Owner() => BotStateKey.ConversationOwner(Channel, ConversationId);

    private string UserOwner() => BotStateKey.UserOwner(Channel, UserId);

    private Task<string?> ConversationStateAsync() => DirectAsync(async db =>
        (string?)await db.StringGetAsync(Keys().State($"{Channel}/conversations/{ConversationId}")));

    // Checks go straight to Redis, not through the proxy, so they never show up in the counts.
    private async Task<T> DirectAsync<T>(Func<IDatabase, Task<T>> action)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis);
        return await action(redis.GetDatabase());
    }

    private JObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = Channel,
        ["serviceUrl"] = Connector.BaseUri.ToString(),
        ["from"] = new JObject { ["id"] = UserId, ["name"] = "Sam Example", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "HelpBot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = ConversationId },
        ["locale"] = "en-US",
        ["text"] = text,
    };
}
