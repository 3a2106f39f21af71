using ChatBot.Answers.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Bot.Endpoints;

/// <summary>Ready when a knowledge base with entries is loaded; names its source and version either way.</summary>
internal sealed class KnowledgeBaseHealthCheck(KnowledgeProvider knowledge) : IHealthCheck
{
    public const string Name = "knowledge";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var current = knowledge.Knowledge;
        var description = $"{knowledge.Source}: {current.Entries.Count} entries, version {current.Version}";
        return Task.FromResult(current.Entries.Count > 0
            ? HealthCheckResult.Healthy(description)
            : HealthCheckResult.Unhealthy(description + "; the bot has nothing to answer from"));
    }
}
