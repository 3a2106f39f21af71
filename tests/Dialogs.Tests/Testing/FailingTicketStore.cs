using ChatBot.Dialogs.Handoff;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>A ticket store that is down: the stand-in for a database outage during one turn (bug B12).</summary>
public sealed class FailingTicketStore : ITicketStore
{
    public Task<SupportTicket> CreateAsync(SupportTicket ticket, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The ticket database is unreachable (simulated outage).");

    public Task<IReadOnlyList<SupportTicket>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SupportTicket>>([]);

    public Task<int> DeleteByUserAsync(
        string channelId, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(0);
}
