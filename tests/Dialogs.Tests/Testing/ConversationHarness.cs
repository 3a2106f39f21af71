using ChatBot.Answers;
using ChatBot.Dialogs.Conversation;
using ChatBot.Dialogs.Handoff;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>
/// One bot process, composed the way the host composes it: AddAnswers (the real engine on the shipped
/// Larkspur knowledge base) and AddDialogs, over a JSON store that several "processes" can share.
/// </summary>
public sealed class ConversationHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public ConversationHarness(
        IStorage? storage = null, ITicketStore? tickets = null, IDictionary<string, string?>? settings = null)
    {
        Storage = storage ?? new JsonTextStorage();
        Logs = new FakeLogCollector();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Storage);
        if (tickets is not null)
        {
            services.AddSingleton(tickets);
        }

        services.AddAnswers(configuration).AddDialogs();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IStorage Storage { get; }

    public FakeLogCollector Logs { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 15, 0, TimeSpan.Zero));

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A conversation with this bot process through TestAdapter.</summary>
    public DialogTestClient Client(string channelId = "directline", string conversationId = "conversation-1",
        IEnumerable<IMiddleware>? middlewares = null)
    {
        var runner = Get<ConversationRunner>();
        return new DialogTestClient(_ => runner.RunAsync, Storage, channelId, conversationId, "en-US", middlewares);
    }

    public void Dispose() => _services.Dispose();
}
