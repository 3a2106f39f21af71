using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Async;
using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.Transcripts.Store;

/// <summary>Operator actions beyond the SDK's store: erase one user everywhere, and purge by age.</summary>
public sealed class TranscriptMaintenance(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    ITicketStore tickets,
    IEnumerable<IUserDataEraser> erasers,
    TimeProvider timeProvider,
    ILogger<TranscriptMaintenance> logger)
{
    private const int PurgeChunk = 500;

    /// <summary>
    /// Deletes the user's conversations, every activity they sent or received in the channel's other
    /// conversations (group chats), their tickets, and what each <see cref="IUserDataEraser"/> holds.
    /// </summary>
    public async Task<UserDeletionResult> DeleteUserAsync(
        string channelId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        // The rows hold the ids as ColumnFit made them; the erasers and the ticket store get the ids as given.
        var rowChannelId = ColumnFit.Id(channelId, ColumnFit.ChannelId);
        var rowUserId = ColumnFit.Id(userId, ColumnFit.UserId);
        await schema.EnsureCreatedAsync(cancellationToken);
        int conversations, activities;
        await using (var db = connections.Open())
        {
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            var owned = db.Conversations
                .Where(c => c.ChannelId == rowChannelId && c.UserId == rowUserId)
                .Select(c => c.Id);
            var inChannel = db.Conversations.Where(c => c.ChannelId == rowChannelId).Select(c => c.Id);
            activities = await db.Activities
                .Where(a => owned.Contains(a.ConversationRowId)
                    || (inChannel.Contains(a.ConversationRowId)
                        && (a.FromId == rowUserId || a.RecipientId == rowUserId)))
                .DeleteAsync(cancellationToken);
            conversations = await db.Conversations
                .Where(c => c.ChannelId == rowChannelId && c.UserId == rowUserId)
                .DeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var ticketCount = await tickets.DeleteByUserAsync(channelId, userId, cancellationToken);
        var other = 0;
        foreach (var eraser in erasers)
        {
            other += await eraser.EraseUserAsync(channelId, userId, cancellationToken);
        }

        TranscriptLog.UserDeleted(logger, channelId, activities, ticketCount);
        return new UserDeletionResult(conversations, activities, ticketCount, other);
    }

    /// <summary>Deletes conversations whose last activity is older than <paramref name="olderThan"/>.</summary>
    /// <returns>How many conversations were deleted.</returns>
    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThan, TimeSpan.Zero);

        await schema.EnsureCreatedAsync(cancellationToken);
        var cutoffAt = timeProvider.GetUtcNow() - olderThan;
        var cutoff = cutoffAt.UtcDateTime;
        var purged = 0;
        await using var db = connections.Open();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Small chunks keep each transaction short while the writer keeps inserting.
            var ids = await db.Conversations
                .Where(c => c.LastActivityAt < cutoff)
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .Take(PurgeChunk)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            await db.Activities.Where(a => ids.Contains(a.ConversationRowId)).DeleteAsync(cancellationToken);
            purged += await db.Conversations
                .Where(c => ids.Contains(c.Id) && c.LastActivityAt < cutoff)
                .DeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TranscriptLog.Purged(logger, purged, cutoffAt);
        return purged;
    }
}
