using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MySqlConnector;

namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>
/// Counts what reached MySQL, from MySQL itself: rows in the transcript activity table, and <c>Com_commit</c>.
/// The writer inserts each batch with one multi-row INSERT in one transaction, so rows per commit is rows per
/// insert, measured without trusting the bot's own counters.
/// </summary>
public sealed partial class TranscriptProbe(string connectionString, string table)
{
    private readonly string _connectionString = connectionString
        ?? throw new ArgumentNullException(nameof(connectionString));
    private readonly string _table = IdentifierPattern().IsMatch(table ?? string.Empty)
        ? table!
        : throw new ArgumentException($"'{table}' is not a plain table name; pass a name like transcript_activities.");

    public async Task<TranscriptSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        long rows = 0;
        try
        {
            await using var count = new MySqlCommand($"SELECT COUNT(*) FROM `{_table}`", connection);
            rows = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (MySqlException missing) when (missing.ErrorCode == MySqlErrorCode.NoSuchTable)
        {
            // The bot creates its schema on first use; before that there are no rows.
        }

        await using var status = new MySqlCommand("SHOW GLOBAL STATUS LIKE 'Com_commit'", connection);
        await using var reader = await status.ExecuteReaderAsync(cancellationToken);
        var commits = await reader.ReadAsync(cancellationToken)
            ? long.Parse(reader.GetString(1), CultureInfo.InvariantCulture)
            : 0;
        return new TranscriptSnapshot(rows, commits);
    }

    /// <summary>
    /// Waits until <paramref name="expectedRows"/> more rows than <paramref name="before"/> are stored, or until
    /// the count has not moved for <paramref name="quiet"/>; returns the last snapshot.
    /// </summary>
    public async Task<TranscriptSnapshot> DrainAsync(
        TranscriptSnapshot before, long expectedRows, TimeSpan quiet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);

        var last = await SnapshotAsync(cancellationToken);
        var lastChange = Stopwatch.GetTimestamp();
        while (last.Rows - before.Rows < expectedRows && Stopwatch.GetElapsedTime(lastChange) < quiet)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            var next = await SnapshotAsync(cancellationToken);
            if (next.Rows != last.Rows)
            {
                lastChange = Stopwatch.GetTimestamp();
            }

            last = next;
        }

        return last;
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex IdentifierPattern();
}
