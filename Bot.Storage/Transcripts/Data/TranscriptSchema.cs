using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>
/// Creates and upgrades the transcript schema once per process, on first use. Safe when several instances
/// start together: MySQL serialises them with a named lock (GET_LOCK), SQLite with a write transaction.
/// </summary>
public sealed class TranscriptSchema(
    TranscriptConnectionFactory connections,
    TimeProvider timeProvider,
    ILogger<TranscriptSchema> logger) : IDisposable
{
    private const string MySqlLockName = "chatbot.transcripts.schema";
    private const int MySqlLockTimeoutSeconds = 60;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void Dispose() => _gate.Dispose();

    /// <summary>Applies missing migrations; returns at once when this process has already done so.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var db = connections.Open();
            if (connections.Kind == TranscriptDatabaseKind.MySql)
            {
                await MigrateUnderMySqlLockAsync(db, cancellationToken);
            }
            else
            {
                await MigrateSqliteAsync(db, cancellationToken);
            }

            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task MigrateUnderMySqlLockAsync(TranscriptDb db, CancellationToken cancellationToken)
    {
        var acquired = await db.ExecuteAsync<int?>(
            "SELECT GET_LOCK(@name, @timeout)",
            cancellationToken,
            new DataParameter("name", MySqlLockName),
            new DataParameter("timeout", MySqlLockTimeoutSeconds));
        if (acquired != 1)
        {
            throw new InvalidOperationException(
                $"Could not take the MySQL lock '{MySqlLockName}' within {MySqlLockTimeoutSeconds} s to upgrade "
                + "the transcript schema. Another instance may be stuck migrating: check SHOW PROCESSLIST.");
        }

        try
        {
            await ApplyMissingAsync(db, cancellationToken);
        }
        finally
        {
            await db.ExecuteAsync(
                "DO RELEASE_LOCK(@name)", CancellationToken.None, new DataParameter("name", MySqlLockName));
        }
    }

    private async Task MigrateSqliteAsync(TranscriptDb db, CancellationToken cancellationToken)
    {
        // WAL lets the store read while the background writer writes; it is a property of the file.
        await db.ExecuteAsync("PRAGMA journal_mode=WAL", cancellationToken);

        // Microsoft.Data.Sqlite begins IMMEDIATE transactions, which take the file's write lock at once.
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await ApplyMissingAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ApplyMissingAsync(TranscriptDb db, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(SchemaMigrations.CreateVersionTable(connections.Kind), cancellationToken);
        var applied = (await db.SchemaVersions.Select(v => v.Version).ToListAsync(cancellationToken)).ToHashSet();

        foreach (var migration in SchemaMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            foreach (var statement in migration.StatementsFor(connections.Kind))
            {
                await db.ExecuteAsync(statement, cancellationToken);
            }

            await db.InsertAsync(
                new SchemaVersionRow
                {
                    Version = migration.Version,
                    Description = migration.Description,
                    AppliedAt = timeProvider.GetUtcNow().UtcDateTime,
                },
                token: cancellationToken);
            TranscriptLog.SchemaMigrated(logger, migration.Version, migration.Description);
        }
    }
}
