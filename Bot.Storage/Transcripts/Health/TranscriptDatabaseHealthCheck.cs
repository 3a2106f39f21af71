using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Writing;
using LinqToDB.Async;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Storage.Transcripts.Health;

/// <summary>
/// Readiness of the transcript database: schema in place and a round trip answered. Unhealthy never loses
/// data (the journal keeps it), but it tells the operator that transcripts are piling up on local disk.
/// </summary>
internal sealed class TranscriptDatabaseHealthCheck(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    TranscriptJournal journal) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["database"] = connections.Description,
            ["journalPending"] = journal.HasPending,
        };
        try
        {
            await schema.EnsureCreatedAsync(cancellationToken);
            await using var db = connections.Open();
            await db.SchemaVersions.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy("transcript database reachable", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(
                $"transcript database {connections.Description} unreachable", exception, data);
        }
    }
}
