namespace ChatBot.Dialogs.Handoff;

/// <summary>Where support tickets live: the transcript database in production, memory in tests.</summary>
public interface ITicketStore
{
    /// <summary>Stores a new ticket and returns it with the number the user is shown.</summary>
    Task<SupportTicket> CreateAsync(SupportTicket ticket, CancellationToken cancellationToken = default);

    /// <summary>Tickets newest first, for operators.</summary>
    Task<IReadOnlyList<SupportTicket>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes every ticket of one user; returns how many were deleted.</summary>
    Task<int> DeleteByUserAsync(string channelId, string userId, CancellationToken cancellationToken = default);
}
