using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Health;
using ChatBot.Storage.Transcripts.Store;
using ChatBot.Storage.Transcripts.Tickets;
using ChatBot.Storage.Transcripts.Writing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts;

/// <summary>Registers transcript logging, the store, tickets, operator actions and the readiness check.</summary>
public static class TranscriptServiceCollectionExtensions
{
    public const string ConnectionStringName = "Transcripts";
    public const string HealthCheckName = "transcripts";

    /// <summary>
    /// <c>ConnectionStrings:Transcripts</c> set: MySQL/MariaDB. Unset: a SQLite file in
    /// <c>Transcripts:DataDirectory</c>. Either way the same code, a background writer and a journal.
    /// Add <see cref="TranscriptMiddleware"/> (registered here) to the adapter to record turns.
    /// </summary>
    public static IServiceCollection AddTranscripts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TranscriptOptions>()
            .Bind(configuration.GetSection(TranscriptOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddSingleton(sp => string.IsNullOrWhiteSpace(connectionString)
            ? TranscriptConnectionFactory.ForSqlite(sp.GetRequiredService<IOptions<TranscriptOptions>>()
                .Value.SqlitePath)
            : TranscriptConnectionFactory.ForMySql(connectionString));
        services.AddSingleton<TranscriptSchema>();

        services.AddSingleton<TranscriptMetrics>();
        services.AddSingleton<TranscriptQueue>();
        services.AddSingleton<TranscriptJournal>();
        services.AddSingleton<TranscriptRejects>();
        services.AddSingleton<TranscriptRecordFactory>();
        services.AddSingleton<TranscriptBatchWriter>();
        services.AddSingleton<QueuedTranscriptLogger>();
        services.AddSingleton<ITranscriptLogger>(sp => sp.GetRequiredService<QueuedTranscriptLogger>());
        services.AddSingleton(sp => new TranscriptMiddleware(sp.GetRequiredService<QueuedTranscriptLogger>()));
        services.AddHostedService<TranscriptWriterService>();

        services.AddSingleton<ITranscriptStore, LinqToDbTranscriptStore>();
        services.AddSingleton<ITicketStore, LinqToDbTicketStore>();
        services.AddSingleton<TranscriptMaintenance>();
        services.AddSingleton<TranscriptExporter>();

        services.AddHealthChecks().AddCheck<TranscriptDatabaseHealthCheck>(HealthCheckName, tags: ["ready"]);
        return services;
    }
}
