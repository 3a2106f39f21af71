namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Stands in for the Redis state eraser (another team's store): records whom it was asked to erase.</summary>
internal sealed class RecordingUserDataEraser : IUserDataEraser
{
    public List<(string ChannelId, string UserId)> Erased { get; } = [];

    public Task<int> EraseUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        Erased.Add((channelId, userId));
        return Task.FromResult(1);
    }
}
