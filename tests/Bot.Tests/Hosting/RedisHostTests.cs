using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// Two bot hosts sharing one real Redis (<c>CHATBOT_TEST_REDIS</c>), as two instances behind a load balancer:
/// rate limits, conversation state and readiness are shared. Each test has its own key prefix.
/// </summary>
public sealed class RedisHostTests : IAsyncLifetime
{
    private const string RedisVariable = "CHATBOT_TEST_REDIS";

    private readonly string _prefix = "bot-test-" + Guid.NewGuid().ToString("N")[..12];
    private ConnectorStub? _connector;
    private BotServer? _hostA;
    private BotServer? _hostB;

    private BotServer HostA => _hostA ?? throw new InvalidOperationException("Not started.");

    private BotServer HostB => _hostB ?? throw new InvalidOperationException("Not started.");

    private ConnectorStub Connector => _connector ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var redis = Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } endpoint
            ? endpoint
            : throw new InvalidOperationException(
                $"Set {RedisVariable} to a loopback Redis host:port (scripts/test.sh does).");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["Redis:KeyPrefix"] = _prefix,
            ["RateLimit:PermitLimit"] = "3",
        };
        _connector = await ConnectorStub.StartAsync();
        _hostA = new BotServer(settings);
        _hostB = new BotServer(settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _hostA, _hostB })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    [Fact]
    public async Task Messages_OverTheLimitAcrossTwoHosts_OnePoliteNoticeThenSilence()
    {
        var responses = new List<BotResponse>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await (i % 2 == 0 ? HostA : HostB).PostExpectingRepliesAsync(Message($"hello {i}")));
        }

        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.All(responses.Take(3), r => Assert.DoesNotContain(r.Messages, IsThrottleNotice));
        Assert.All(responses.Take(3), r => Assert.NotEmpty(r.Messages));
        Assert.True(IsThrottleNotice(Assert.Single(responses[3].Messages)));
        Assert.Empty(responses[4].Messages);
        Assert.Empty(responses[5].Messages);
    }

    [Fact]
    public async Task Welcome_GivenByOneHost_IsNotRepeatedByTheOther()
    {
        var update = ActivityPayloads.Load("emulator-conversationupdate-useradded-01.json", Connector.BaseUri);

        var first = await HostA.PostExpectingRepliesAsync((JObject)update.DeepClone());
        var again = await HostB.PostExpectingRepliesAsync((JObject)update.DeepClone());

        Assert.Single(first.Messages);
        Assert.Empty(again.Messages);
        Assert.NotEmpty(await KeysAsync("*conversations*"));
    }

    [Fact]
    public async Task Readyz_WithRedis_ReportsRedisHealthy()
    {
        using var response = await HostA.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", (string?)body["checks"]?["redis"]?["status"]);
    }

    private static bool IsThrottleNotice(JObject reply) =>
        ((string?)reply["text"])?.Contains("Please write again", StringComparison.Ordinal) == true;

    private JObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = Connector.BaseUri.ToString(),
        ["from"] = new JObject { ["id"] = "user-" + _prefix, ["name"] = "Sam Example", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "HelpBot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = "conv-" + _prefix },
        ["locale"] = "en-US",
        ["text"] = text,
    };

    private async Task<List<string>> KeysAsync(string pattern)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(
            Environment.GetEnvironmentVariable(RedisVariable)!);
        var keys = new List<string>();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: _prefix + ":v1:" + pattern))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
