using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Writes one batch in one transaction: skips records already stored (a replay after an unacknowledged commit),
/// upserts all its conversations with one statement (which row-locks them), reads their ids and counts back in
/// one query, numbers the activities after each conversation's count, and inserts them with one multi-row INSERT.
/// </summary>
internal sealed class TranscriptBatchWriter(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    TranscriptMetrics metrics)
{
    /// <summary>
    /// Whether the database answers a trivial query now: tells "it refuses these records" from "it is away". Never
    /// throws: a probe that fails for any reason, a stop included, says "away", and the batch goes to the journal.
    /// </summary>
    public async Task<bool> DatabaseAnswersAsync()
    {
        try
        {
            await using var db = connections.Open();
            return await db.ExecuteAsync<int>("SELECT 1", CancellationToken.None) == 1;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <param name="batch">The records, each with its <see cref="TranscriptRecord.RecordId"/>.</param>
    /// <param name="mayBeStored">
    /// True for a retry or a journal replay, whose records an earlier, unacknowledged commit may have stored: they
    /// are looked up first and skipped. False for a batch's first attempt straight off the queue, whose record ids
    /// were made in this process and never written, so the lookup would find nothing (the unique key still holds).
    /// </param>
    /// <param name="cancellationToken">Stops the write; the transaction rolls back.</param>
    /// <returns>How many activities were new.</returns>
    public async Task<int> WriteAsync(
        IReadOnlyList<TranscriptRecord> batch, bool mayBeStored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return 0;
        }

        await schema.EnsureCreatedAsync(cancellationToken);

        await using var db = connections.Open();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);

        // A replayed batch may come from a journal written before ids were fitted to their columns.
        var fresh = mayBeStored
            ? await WithoutStoredAsync(db, [.. batch.Select(r => r.Fitted())], cancellationToken)
            : [.. batch];
        if (fresh.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var conversations = fresh
            .GroupBy(r => (r.ChannelId, r.ConversationId))
            .OrderBy(g => g.Key.ChannelId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ConversationId, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        var totals = conversations.ConvertAll(Totals);
        await ConversationUpsert.ExecuteAsync(db, connections.Kind, totals, cancellationToken);

        // One read for the whole batch. The upsert holds the rows' locks until commit, and InnoDB shows a transaction
        // the rows it changed at their latest version, so each count is every committed writer's plus this batch's
        // (SQLite's IMMEDIATE transaction keeps other writers out altogether).
        var stored = await ConversationUpsert.ReadIdsAndCountsAsync(db, totals, cancellationToken);
        var rows = new List<ActivityRow>(fresh.Count);
        foreach (var conversation in conversations)
        {
            var (id, count) = stored[(conversation[0].ChannelId, conversation[0].ConversationId)];
            var nextSequence = count - conversation.Count + 1;
            rows.AddRange(conversation.Select((r, i) => ToRow(r, id, nextSequence + i)));
        }

        // linq2db renders the values as literals. A hand-written parameterised INSERT measured no cheaper on MySQL
        // (MySqlConnector parses the statement for its thousands of parameters) and quadratic on SQLite, which
        // finds each named parameter by scanning all of them (4,500 rows: 21 s).
        await db.GetTable<ActivityRow>().BulkCopyAsync(
            new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows, MaxBatchSize = rows.Count },
            rows,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        metrics.Inserted(rows.Count);
        return rows.Count;
    }

    private static async Task<List<TranscriptRecord>> WithoutStoredAsync(
        TranscriptDb db, IReadOnlyList<TranscriptRecord> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(r => r.RecordId).ToList();
        var stored = await db.Activities
            .Where(a => ids.Contains(a.RecordId))
            .Select(a => a.RecordId)
            .ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            return [.. batch];
        }

        var storedSet = stored.ToHashSet(StringComparer.Ordinal);
        return batch.Where(r => !storedSet.Contains(r.RecordId)).ToList();
    }

    private static ConversationTotals Totals(List<TranscriptRecord> records)
    {
        var first = records[0];
        var earliest = first.TimestampUtc;
        var latest = first.TimestampUtc;
        string? userId = null;
        foreach (var record in records)
        {
            earliest = record.TimestampUtc < earliest ? record.TimestampUtc : earliest;
            latest = record.TimestampUtc > latest ? record.TimestampUtc : latest;
            userId ??= string.IsNullOrEmpty(record.UserId) ? null : record.UserId;
        }

        return new ConversationTotals(first.ChannelId, first.ConversationId, userId, earliest, latest, records.Count);
    }

    private static ActivityRow ToRow(TranscriptRecord record, long conversationRowId, long sequence) => new()
    {
        RecordId = record.RecordId,
        ConversationRowId = conversationRowId,
        Sequence = sequence,
        ActivityId = record.ActivityId,
        Type = record.Type,
        TimestampUtc = record.TimestampUtc,
        LocalOffsetMinutes = record.LocalOffsetMinutes,
        FromId = record.FromId,
        FromName = record.FromName,
        FromRole = record.FromRole,
        RecipientId = record.RecipientId,
        Text = record.Text,
        ActivityJson = record.Json,
    };
}
