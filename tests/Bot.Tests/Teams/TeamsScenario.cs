using ChatBot.Answers;
using ChatBot.Answers.Feedback;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Teams;

/// <summary>
/// A bot (answering from the shared sample knowledge base) and a loopback connector stub standing in for Teams'
/// service, fresh per test. <see cref="Engine"/> lets a test swap in a fixed answer engine.
/// </summary>
public abstract class TeamsScenario : IAsyncLifetime
{
    private ConnectorStub? _connector;
    private BotServer? _bot;

    protected ConnectorStub Connector => _connector ?? throw new InvalidOperationException("Not started.");

    protected BotServer Bot => _bot ?? throw new InvalidOperationException("Not started.");

    protected virtual IAnswerEngine? Engine => null;

    protected IAnswerFeedbackStore Feedback => Bot.Services.GetRequiredService<IAnswerFeedbackStore>();

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _bot = new BotServer(services: s =>
        {
            if (Engine is { } engine)
            {
                s.AddSingleton(engine);
            }

            KnowledgeBaseTestEngine.Register(s);
        });
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

    protected IReadOnlyList<JObject> Bug(string fileName) =>
        JArray.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Bugs, fileName))).OfType<JObject>()
            .Select(a => ActivityPayloads.Rewrite(a, Connector.BaseUri))
            .ToList();

    protected JObject PersonalMessage(string text)
    {
        var message = Payload("teams-personal-message-01.json");
        message["text"] = text;
        return message;
    }
}
