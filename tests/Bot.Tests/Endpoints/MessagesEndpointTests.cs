using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Endpoints;

public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Server>
{
    private readonly BotServer _bot;

    public MessagesEndpointTests(Server server)
    {
        ArgumentNullException.ThrowIfNull(server);

        _bot = server.Bot;
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("\"a string\"")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"type\": \"\"}")]
    [InlineData("{\"type\": 7, \"text\": \"hi\"}")]
    [InlineData("{\"name\": \"fileConsent/invoke\", \"value\": {\"action\": \"accept\"}}")]
    public async Task Post_BodyThatIsNotAnActivity_Gets400(string body)
    {
        using var response = await _bot.PostRawAsync(body);

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("serviceUrl", null)]
    [InlineData("serviceUrl", "not a url")]
    [InlineData("serviceUrl", "ftp://127.0.0.1/")]
    [InlineData("conversation", null)]
    [InlineData("conversation", "{}")]
    [InlineData("from", null)]
    [InlineData("from", "{\"name\": \"no id\"}")]
    [InlineData("text", "12345")]
    public async Task Post_ActivityWithoutAUsableEnvelope_Gets400(string property, string? json)
    {
        var activity = JObject.Parse("""
            {"type": "message", "channelId": "emulator", "serviceUrl": "http://127.0.0.1:9/",
             "conversation": {"id": "c"}, "from": {"id": "u"}, "recipient": {"id": "b"}, "text": "hi"}
            """);
        activity.Remove(property);
        if (json is not null)
        {
            activity[property] = json.StartsWith('{') || json.All(char.IsDigit) ? JToken.Parse(json) : json;
        }

        using var response = await _bot.PostRawAsync(activity.ToString());

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheSizeLimit_Gets413()
    {
        var body = "{\"type\":\"message\",\"text\":\"" + new string('a', 300 * 1024) + "\"}";

        using var response = await _bot.PostRawAsync(body);

        Assert.Equal(413, (int)response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ProcessAlive_Gets200()
    {
        using var response = await _bot.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Readyz_EmbeddedDefaults_Gets200()
    {
        using var response = await _bot.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", (string?)body["checks"]?["knowledge"]?["status"]);
        Assert.Contains("79 entries", (string?)body["checks"]?["knowledge"]?["description"], StringComparison.Ordinal);
    }

    public sealed class Server : IDisposable
    {
        public BotServer Bot { get; } = new();

        public void Dispose() => Bot.Dispose();
    }
}
