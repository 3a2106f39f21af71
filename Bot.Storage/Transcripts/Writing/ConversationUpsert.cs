using System.Text;
using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Data;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Creates or extends every conversation row of a batch with one multi-row statement: MySQL/MariaDB
/// <c>ON DUPLICATE KEY UPDATE</c>, SQLite <c>ON CONFLICT DO UPDATE</c> (one per 50 conversations there). An
/// existing row keeps its user id, widens its time range and adds the batch's count, exactly as the per-row linq2db
/// upsert it replaces did.
/// </summary>
internal static class ConversationUpsert
{
    private const string Columns =
        "channel_id, conversation_id, user_id, first_activity_at, last_activity_at, activity_count";

    // VALUES(col) rather than MySQL 8's row alias: MariaDB has no alias syntax, and MySQL 8 still accepts VALUES().
    private const string MySqlUpdate = """
        ON DUPLICATE KEY UPDATE
            user_id = COALESCE(user_id, VALUES(user_id)),
            first_activity_at = LEAST(first_activity_at, VALUES(first_activity_at)),
            last_activity_at = GREATEST(last_activity_at, VALUES(last_activity_at)),
            activity_count = activity_count + VALUES(activity_count)
        """;

    // SQLite's two-argument MIN/MAX are scalar; they compare the text that linq2db's DateTime parameters produce,
    // which sorts like the time because every value is written the same way (the same parameter path).
    private const string SqliteUpdate = """
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            user_id = COALESCE(user_id, excluded.user_id),
            first_activity_at = MIN(first_activity_at, excluded.first_activity_at),
            last_activity_at = MAX(last_activity_at, excluded.last_activity_at),
            activity_count = activity_count + excluded.activity_count
        """;

    private const int ParametersPerRow = 6;

    private const int SqliteRowsPerStatement = 50;

    /// <summary>
    /// Upserts <paramref name="conversations"/>, which must be in a stable order (by channel, then conversation):
    /// MySQL locks the rows in VALUES order, and the same order in every writer keeps two writers from deadlocking.
    /// </summary>
    public static async Task ExecuteAsync(
        TranscriptDb db,
        TranscriptDatabaseKind kind,
        IReadOnlyList<ConversationTotals> conversations,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversations);

        // MySQL: one statement; 5,000 conversations (the BatchSize limit) make 30,000 parameters, under its 65,535.
        // SQLite finds each named parameter by scanning all of them, so one statement's cost grows with the square
        // of its parameters (500 conversations: 140 ms); statements of 50 conversations keep that small.
        var perStatement = kind == TranscriptDatabaseKind.MySql ? conversations.Count : SqliteRowsPerStatement;
        for (var start = 0; start < conversations.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, conversations.Count - start);
            await ExecuteAsync(db, kind, conversations, start, count, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(
        TranscriptDb db,
        TranscriptDatabaseKind kind,
        IReadOnlyList<ConversationTotals> conversations,
        int start,
        int count,
        CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(128 + (count * 48))
            .Append("INSERT INTO ").Append(TableNames.Conversations).Append(" (").Append(Columns).Append(") VALUES ");
        var parameters = new DataParameter[count * ParametersPerRow];
        for (var i = 0; i < count; i++)
        {
            var c = conversations[start + i];
            var p = i * ParametersPerRow;
            sql.Append(i == 0 ? "(" : ",(")
                .Append("@p").Append(p).Append(",@p").Append(p + 1).Append(",@p").Append(p + 2)
                .Append(",@p").Append(p + 3).Append(",@p").Append(p + 4).Append(",@p").Append(p + 5).Append(')');
            parameters[p] = new DataParameter("p" + p, c.ChannelId, DataType.NVarChar);
            parameters[p + 1] = new DataParameter("p" + (p + 1), c.ConversationId, DataType.NVarChar);
            parameters[p + 2] = new DataParameter("p" + (p + 2), c.UserId, DataType.NVarChar);
            parameters[p + 3] = new DataParameter("p" + (p + 3), c.FirstActivityAt, DataType.DateTime);
            parameters[p + 4] = new DataParameter("p" + (p + 4), c.LastActivityAt, DataType.DateTime);
            parameters[p + 5] = new DataParameter("p" + (p + 5), (long)c.Count, DataType.Int64);
        }

        sql.Append('\n').Append(kind == TranscriptDatabaseKind.MySql ? MySqlUpdate : SqliteUpdate);
        await db.ExecuteAsync(sql.ToString(), cancellationToken, parameters);
    }

    /// <summary>
    /// Row id and activity count of each of <paramref name="conversations"/> (sorted as for the upsert), read in
    /// one statement: hand-written because linq2db rebuilds the SQL of a list-membership query on every call.
    /// </summary>
    public static async Task<Dictionary<(string ChannelId, string ConversationId), (long Id, long Count)>>
        ReadIdsAndCountsAsync(
            TranscriptDb db, IReadOnlyList<ConversationTotals> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conversations);

        // One (channel = @c AND conversation IN (...)) group per channel: each uses the unique key's range.
        var sql = new StringBuilder(128 + (conversations.Count * 8))
            .Append("SELECT id, channel_id, conversation_id, activity_count FROM ")
            .Append(TableNames.Conversations).Append(" WHERE ");
        var parameters = new List<DataParameter>(conversations.Count + 1);
        for (var i = 0; i < conversations.Count; i++)
        {
            var channel = conversations[i].ChannelId;
            if (i == 0 || !string.Equals(channel, conversations[i - 1].ChannelId, StringComparison.Ordinal))
            {
                sql.Append(i == 0 ? "(" : ")) OR (")
                    .Append("channel_id = @c").Append(i).Append(" AND conversation_id IN (");
                parameters.Add(new DataParameter("c" + i, channel, DataType.NVarChar));
            }
            else
            {
                sql.Append(',');
            }

            sql.Append("@k").Append(i);
            parameters.Add(new DataParameter("k" + i, conversations[i].ConversationId, DataType.NVarChar));
        }

        sql.Append("))");
        var rows = await new CommandInfo(db, sql.ToString(), [.. parameters]).QueryToListAsync(
            r => (Key: (r.GetString(1), r.GetString(2)), Id: r.GetInt64(0), Count: r.GetInt64(3)), cancellationToken);
        return rows.ToDictionary(r => r.Key, r => (r.Id, r.Count));
    }
}
