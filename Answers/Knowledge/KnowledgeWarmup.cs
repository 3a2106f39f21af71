using Microsoft.Extensions.Hosting;

namespace ChatBot.Answers.Knowledge;

/// <summary>Loads the knowledge base while the host starts, so a bad file stops startup instead of a turn.</summary>
internal sealed class KnowledgeWarmup : IHostedService
{
    private readonly KnowledgeProvider _knowledge;

    public KnowledgeWarmup(KnowledgeProvider knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);

        _knowledge = knowledge;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
