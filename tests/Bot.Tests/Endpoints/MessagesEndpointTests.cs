using ChatBot.Bot.Tests.Infrastructure;

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
        var body = Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync());

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
