using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Writing;
using LinqToDB;
using LinqToDB.Async;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Transcripts.Store;

/// <summary>
/// The SDK's <see cref="ITranscriptStore"/> over the transcript database. Logging goes through the queued
/// logger; reads page with keyset cursors (conversations newest first by row id, activities by sequence).
/// </summary>
internal sealed class LinqToDbTranscriptStore(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    QueuedTranscriptLogger logger,
    IOptions<TranscriptOptions> options) : ITranscriptStore
{
    private readonly int _pageSize = options.Value.PageSize;

    public Task LogActivityAsync(IActivity activity) => logger.LogActivityAsync(activity);

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(
        string channelId, string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);

        channelId = ColumnFit.Id(channelId, ColumnFit.ChannelId);
        var after = ContinuationToken.Parse(continuationToken);
        await schema.EnsureCreatedAsync(CancellationToken.None);
        await using var db = connections.Open();
        var query = db.Conversations.Where(c => c.ChannelId == channelId);
        if (after is { } id)
        {
            query = query.Where(c => c.Id < id);
        }

        var rows = await query.OrderByDescending(c => c.Id).Take(_pageSize + 1).ToListAsync();
        var page = rows.Take(_pageSize).ToList();
        return new PagedResult<TranscriptInfo>
        {
            Items = page.Select(c => new TranscriptInfo
            {
                ChannelId = c.ChannelId,
                Id = c.ConversationId,
                Created = AsUtc(c.FirstActivityAt),
            }).ToArray(),
            ContinuationToken = rows.Count > _pageSize ? ContinuationToken.From(page[^1].Id) : null,
        };
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        (channelId, conversationId) = ColumnFit.Conversation(channelId, conversationId);
        var after = ContinuationToken.Parse(continuationToken) ?? 0;
        var since = startDate.UtcDateTime;
        await schema.EnsureCreatedAsync(CancellationToken.None);
        await using var db = connections.Open();
        var rows = await (
                from c in db.Conversations
                join a in db.Activities on c.Id equals a.ConversationRowId
                where c.ChannelId == channelId && c.ConversationId == conversationId
                    && a.Sequence > after && a.TimestampUtc >= since
                orderby a.Sequence
                select new { a.Sequence, a.ActivityJson })
            .Take(_pageSize + 1)
            .ToListAsync();
        var page = rows.Take(_pageSize).ToList();
        return new PagedResult<IActivity>
        {
            Items = page.Select(r => (IActivity)TranscriptActivityReader.Read(r.ActivityJson)).ToArray(),
            ContinuationToken = rows.Count > _pageSize ? ContinuationToken.From(page[^1].Sequence) : null,
        };
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);

        (channelId, conversationId) = ColumnFit.Conversation(channelId, conversationId);
        await schema.EnsureCreatedAsync(CancellationToken.None);
        await using var db = connections.Open();
        await using var transaction = await db.BeginTransactionAsync();
        var ids = db.Conversations
            .Where(c => c.ChannelId == channelId && c.ConversationId == conversationId)
            .Select(c => c.Id);
        await db.Activities.Where(a => ids.Contains(a.ConversationRowId)).DeleteAsync();
        await db.Conversations.Where(c => c.ChannelId == channelId && c.ConversationId == conversationId).DeleteAsync();
        await transaction.CommitAsync();
    }

    internal static DateTimeOffset AsUtc(DateTime value) =>
        new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
