using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Channels;

/// <summary>A fresh bot and connector stub per test, so conversation state never leaks between tests.</summary>
public abstract class ChannelScenario : IAsyncLifetime
{
    private ConnectorStub? _connector;
    private BotServer? _bot;

    protected ConnectorStub Connector => _connector ?? throw new InvalidOperationException("Not started.");

    protected BotServer Bot => _bot ?? throw new InvalidOperationException("Not started.");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _bot = new BotServer(Settings);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
    }

    protected JObject Payload(string fileName) => ActivityPayloads.Load(fileName, Connector.BaseUri);

    protected Task<BotResponse> ReplayAsync(string fileName) => Bot.PostExpectingRepliesAsync(Payload(fileName));
}
