using System.Globalization;

namespace ChatBot.Dialogs.Handoff;

/// <summary>
/// The embedded default ticket store: tickets in memory, numbered "T-000001" like the database store, lost
/// on restart. Production registers the transcript database's store instead.
/// </summary>
public sealed class InMemoryTicketStore : ITicketStore
{
    private readonly List<SupportTicket> _tickets = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private long _lastId;

    public InMemoryTicketStore(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);

        _timeProvider = timeProvider;
    }

    public Task<SupportTicket> CreateAsync(SupportTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);

        lock (_gate)
        {
            var id = ++_lastId;
            var stored = ticket with
            {
                Number = "T-" + id.ToString("D6", CultureInfo.InvariantCulture),
                CreatedAt = ticket.CreatedAt == default ? _timeProvider.GetUtcNow() : ticket.CreatedAt,
            };
            _tickets.Add(stored);
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<SupportTicket>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SupportTicket>>([.. Enumerable.Reverse(_tickets).Take(limit)]);
        }
    }

    public Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_tickets.RemoveAll(t => t.ChannelId == channelId && t.UserId == userId));
        }
    }
}
