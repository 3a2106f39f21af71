using ChatBot.Storage.Transcripts;
using ChatBot.Storage.Transcripts.Writing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// A real generic host with <c>AddTranscripts</c>, as the bot registers it, plus a TestAdapter that runs the
/// project's TranscriptMiddleware. Each host gets its own data folder (SQLite file, journal).
/// </summary>
internal sealed class TranscriptTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly bool _ownsDirectory;

    private TranscriptTestHost(IHost host, string dataDirectory, bool ownsDirectory)
    {
        _host = host;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "chatbot-transcripts-" + Guid.NewGuid().ToString("N"));

    public IServiceProvider Services => _host.Services;

    public ITranscriptStore Store => Services.GetRequiredService<ITranscriptStore>();

    public TranscriptMetrics Metrics => Services.GetRequiredService<TranscriptMetrics>();

    public static async Task<TranscriptTestHost> StartAsync(
        string? mySqlConnectionString,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        string? dataDirectory = null)
    {
        var ownsDirectory = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Transcripts"] = mySqlConnectionString,
            ["Transcripts:DataDirectory"] = dataDirectory,
            ["Transcripts:RetryBaseDelay"] = "00:00:00.050",
            ["Transcripts:RetryMaxDelay"] = "00:00:01",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddTranscripts(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TranscriptTestHost(host, dataDirectory, ownsDirectory);
    }

    /// <summary>A TestAdapter for one conversation, logging through the host's middleware.</summary>
    public TestAdapter CreateAdapter(string channelId, string conversationId, string userId = "user-1")
    {
        var reference = TestAdapter.CreateConversation(conversationId, userId, "bot-1");
        reference.ChannelId = channelId;
        var adapter = new TestAdapter(reference);
        adapter.Use(Services.GetRequiredService<TranscriptMiddleware>());
        return adapter;
    }

    /// <summary>Every stored activity of a conversation, read page by page through the store.</summary>
    public async Task<List<IActivity>> ReadAllAsync(string channelId, string conversationId)
    {
        var all = new List<IActivity>();
        string? token = null;
        do
        {
            var page = await Store.GetTranscriptActivitiesAsync(channelId, conversationId, token);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>Polls the store until the conversation holds <paramref name="expected"/> activities.</summary>
    public async Task<List<IActivity>> WaitForActivitiesAsync(
        string channelId, string conversationId, int expected, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var all = await ReadAllAsync(channelId, conversationId);
            if (all.Count >= expected || DateTime.UtcNow > deadline)
            {
                return all;
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}
