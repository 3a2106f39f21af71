using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MySqlConnector;

namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>
/// Counts what reached MySQL, from MySQL itself: the rows of one level's own conversations, the activity table's
/// size, and <c>Com_commit</c>. The writer inserts each batch with one multi-row INSERT in one transaction, so
/// rows per commit is rows per insert, measured without trusting the bot's own counters.
/// </summary>
public sealed partial class TranscriptProbe
{
    private readonly string _connectionString;
    private readonly string _activities;
    private readonly string _conversations;

    public TranscriptProbe(string connectionString, string activityTable, string conversationTable)
    {
        _connectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString));
        _activities = PlainName(activityTable);
        _conversations = PlainName(conversationTable);
    }

    public async Task<TranscriptSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        var rows = await CountAsync(connection, $"SELECT COUNT(*) FROM `{_activities}`", null, cancellationToken);
        await using var status = new MySqlCommand("SHOW GLOBAL STATUS LIKE 'Com_commit'", connection);
        await using var reader = await status.ExecuteReaderAsync(cancellationToken);
        var commits = await reader.ReadAsync(cancellationToken)
            ? long.Parse(reader.GetString(1), CultureInfo.InvariantCulture)
            : 0;
        return new TranscriptSnapshot(rows, commits);
    }

    /// <summary>
    /// Rows stored for the conversations of <paramref name="channelId"/> whose id starts with
    /// <paramref name="conversationPrefix"/>. A level's rows are counted by its own conversation ids, not as the
    /// table's growth: the writer may still be inserting the calibration's or an earlier level's backlog when a
    /// level starts, and those rows are not this level's.
    /// </summary>
    public async Task<long> CountRowsAsync(
        string channelId, string conversationPrefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationPrefix);

        await using var connection = new MySqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        var pattern = Regex.Replace(conversationPrefix, "[!%_]", "!$0") + "%";
        return await CountAsync(
            connection,
            $"SELECT COUNT(*) FROM `{_activities}` a JOIN `{_conversations}` c ON c.id = a.conversation_row_id "
                + "WHERE c.channel_id = @channel AND c.conversation_id LIKE @pattern ESCAPE '!'",
            command =>
            {
                command.Parameters.AddWithValue("@channel", channelId);
                command.Parameters.AddWithValue("@pattern", pattern);
            },
            cancellationToken);
    }

    /// <summary>
    /// Waits until the level's conversations hold <paramref name="expectedRows"/> rows, or until their count has
    /// not moved for <paramref name="quiet"/>; returns that count and a snapshot of the table taken after it.
    /// </summary>
    public async Task<(long LevelRows, TranscriptSnapshot Table)> DrainAsync(
        string channelId, string conversationPrefix, long expectedRows, TimeSpan quiet,
        CancellationToken cancellationToken)
    {
        var rows = await CountRowsAsync(channelId, conversationPrefix, cancellationToken);
        var lastChange = Stopwatch.GetTimestamp();
        while (rows < expectedRows && Stopwatch.GetElapsedTime(lastChange) < quiet)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            var next = await CountRowsAsync(channelId, conversationPrefix, cancellationToken);
            if (next != rows)
            {
                lastChange = Stopwatch.GetTimestamp();
            }

            rows = next;
        }

        return (rows, await SnapshotAsync(cancellationToken));
    }

    private static async Task<long> CountAsync(
        MySqlConnection connection, string sql, Action<MySqlCommand>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new MySqlCommand(sql, connection);
            parameters?.Invoke(command);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (MySqlException missing) when (missing.ErrorCode == MySqlErrorCode.NoSuchTable)
        {
            // The bot creates its schema on first use; before that there are no rows.
            return 0;
        }
    }

    private static string PlainName(string table) => IdentifierPattern().IsMatch(table ?? string.Empty)
        ? table!
        : throw new ArgumentException($"'{table}' is not a plain table name; pass a name like transcript_activities.");

    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex IdentifierPattern();
}
