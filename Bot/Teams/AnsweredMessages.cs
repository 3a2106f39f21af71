namespace ChatBot.Bot.Teams;

/// <summary>
/// Which entry each of the bot's recent answers in a conversation came from, by the channel's message id, so a
/// reaction to an answer (which names only the message) can be recorded against the entry.
/// </summary>
public sealed class AnsweredMessages
{
    public const int Capacity = 20;

    /// <summary>Message id → entry id, oldest first.</summary>
    public List<KeyValuePair<string, string?>> Recent { get; set; } = [];

    public void Add(string messageId, string? entryId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);

        Recent.RemoveAll(p => p.Key == messageId);
        Recent.Add(new KeyValuePair<string, string?>(messageId, entryId));
        if (Recent.Count > Capacity)
        {
            Recent.RemoveRange(0, Recent.Count - Capacity);
        }
    }

    public bool TryGet(string messageId, out string? entryId)
    {
        var index = Recent.FindIndex(p => p.Key == messageId);
        entryId = index < 0 ? null : Recent[index].Value;
        return index >= 0;
    }
}
