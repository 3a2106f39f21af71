namespace ChatBot.Storage;

/// <summary>
/// A store that keeps data about a user (Redis state, caches) and can erase it on request. Every registered
/// eraser runs when an operator deletes a user (<c>DELETE /api/admin/users</c>, <c>transcripts delete-user</c>).
/// </summary>
public interface IUserDataEraser
{
    /// <summary>Erases everything this store holds about the user; returns how many items were removed.</summary>
    Task<int> EraseUserAsync(string channelId, string userId, CancellationToken cancellationToken);
}
