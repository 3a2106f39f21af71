using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Writes one batch in one transaction: skips records already stored (a replay after an unacknowledged commit),
/// upserts each conversation (which row-locks it), numbers the activities after the conversation's count, and
/// inserts them with one multi-row INSERT.
/// </summary>
internal sealed class TranscriptBatchWriter(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    TranscriptMetrics metrics)
{
    /// <returns>How many activities were new.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<TranscriptRecord> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return 0;
        }

        await schema.EnsureCreatedAsync(cancellationToken);

        await using var db = connections.Open();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);

        var fresh = await WithoutStoredAsync(db, batch, cancellationToken);
        if (fresh.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var conversations = fresh
            .GroupBy(r => (r.ChannelId, r.ConversationId))
            .OrderBy(g => g.Key.ChannelId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ConversationId, StringComparer.Ordinal)
            .ToList();
        var rows = new List<ActivityRow>(fresh.Count);
        foreach (var conversation in conversations)
        {
            rows.AddRange(await NumberAsync(db, conversation.ToList(), cancellationToken));
        }

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

    /// <summary>Upserts the conversation row and gives the records the sequence numbers after its old count.</summary>
    private static async Task<IEnumerable<ActivityRow>> NumberAsync(
        TranscriptDb db, List<TranscriptRecord> records, CancellationToken cancellationToken)
    {
        var first = records[0];
        var count = records.Count;
        var earliest = records.Min(r => r.TimestampUtc);
        var latest = records.Max(r => r.TimestampUtc);
        var userId = records.Select(r => r.UserId).FirstOrDefault(u => !string.IsNullOrEmpty(u));

        await db.Conversations.InsertOrUpdateAsync(
            () => new ConversationRow
            {
                ChannelId = first.ChannelId,
                ConversationId = first.ConversationId,
                UserId = userId,
                FirstActivityAt = earliest,
                LastActivityAt = latest,
                ActivityCount = count,
            },
            c => new ConversationRow
            {
                UserId = c.UserId ?? userId,
                FirstActivityAt = c.FirstActivityAt < earliest ? c.FirstActivityAt : earliest,
                LastActivityAt = c.LastActivityAt > latest ? c.LastActivityAt : latest,
                ActivityCount = c.ActivityCount + count,
            },
            () => new ConversationRow { ChannelId = first.ChannelId, ConversationId = first.ConversationId },
            cancellationToken);

        var conversation = await db.Conversations
            .Where(c => c.ChannelId == first.ChannelId && c.ConversationId == first.ConversationId)
            .Select(c => new { c.Id, c.ActivityCount })
            .FirstAsync(cancellationToken);

        var nextSequence = conversation.ActivityCount - count + 1;
        return records.Select((r, i) => ToRow(r, conversation.Id, nextSequence + i));
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
