using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Data;
using ChatBot.Storage.Transcripts.Store;
using LinqToDB;
using LinqToDB.Async;

namespace ChatBot.Storage.Transcripts.Tickets;

/// <summary>
/// Support tickets in the transcript database. Tickets are written at once, not queued: the user is shown
/// the ticket number, so it must exist. Not redacted: the e-mail address is how support answers.
/// </summary>
internal sealed class LinqToDbTicketStore(
    TranscriptConnectionFactory connections,
    TranscriptSchema schema,
    TimeProvider timeProvider) : ITicketStore
{
    public async Task<SupportTicket> CreateAsync(SupportTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);

        await schema.EnsureCreatedAsync(cancellationToken);
        var createdAt = ticket.CreatedAt == default ? timeProvider.GetUtcNow() : ticket.CreatedAt;
        await using var db = connections.Open();
        var id = await db.InsertWithInt64IdentityAsync(
            new TicketRow
            {
                ChannelId = ColumnFit.Id(ticket.ChannelId, ColumnFit.ChannelId),
                ConversationId = ColumnFit.Id(ticket.ConversationId, ColumnFit.ConversationId),
                UserId = ColumnFit.Id(ticket.UserId, ColumnFit.UserId),
                Name = ColumnFit.Text(ticket.Name, ColumnFit.Name) ?? "",
                Email = ticket.Email,
                Category = ticket.Category,
                Description = ticket.Description,
                CreatedAt = createdAt.UtcDateTime,
            },
            token: cancellationToken);
        return ticket with { Number = TicketNumber.Format(id), CreatedAt = createdAt.ToUniversalTime() };
    }

    public async Task<IReadOnlyList<SupportTicket>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await schema.EnsureCreatedAsync(cancellationToken);
        await using var db = connections.Open();
        var rows = await db.Tickets.OrderByDescending(t => t.Id).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(ToTicket).ToList();
    }

    public async Task<int> DeleteByUserAsync(
        string channelId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        var rowChannelId = ColumnFit.Id(channelId, ColumnFit.ChannelId);
        var rowUserId = ColumnFit.Id(userId, ColumnFit.UserId);
        await schema.EnsureCreatedAsync(cancellationToken);
        await using var db = connections.Open();
        return await db.Tickets
            .Where(t => t.ChannelId == rowChannelId && t.UserId == rowUserId)
            .DeleteAsync(cancellationToken);
    }

    private static SupportTicket ToTicket(TicketRow row) => new()
    {
        Number = TicketNumber.Format(row.Id),
        ChannelId = row.ChannelId,
        ConversationId = row.ConversationId,
        UserId = row.UserId,
        Name = row.Name,
        Email = row.Email,
        Category = row.Category,
        Description = row.Description,
        CreatedAt = LinqToDbTranscriptStore.AsUtc(row.CreatedAt),
    };
}
