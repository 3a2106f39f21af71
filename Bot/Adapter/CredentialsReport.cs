using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Adapter;

/// <summary>Says once, at start, when the bot runs without channel authentication.</summary>
internal sealed class CredentialsReport(IOptions<BotCredentialsOptions> credentials, ILogger<CredentialsReport> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (credentials.Value.IsAnonymous)
        {
            AdapterLog.AnonymousMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
