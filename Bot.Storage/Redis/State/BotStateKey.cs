namespace ChatBot.Storage.Redis.State;

/// <summary>
/// A Bot Framework state key read for its shape. The SDK builds conversation state keys as
/// <c>{channel}/conversations/{conversationId}</c>, private conversation state as
/// <c>{channel}/conversations/{conversationId}/users/{userId}</c> and user state as
/// <c>{channel}/users/{userId}</c>. <see cref="Owner"/> names the conversation or user the key belongs to,
/// so every key of one conversation lands on the same Redis Cluster hash slot.
/// </summary>
public readonly record struct BotStateKey(StateScope Scope, string Owner)
{
    private const string ConversationsSegment = "conversations/";
    private const string UsersSegment = "users/";
    private const string PrivateUsersSegment = "/users/";

    public static BotStateKey Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return new BotStateKey(StateScope.Other, key);
        }

        var channel = key[..slash];
        var rest = key.AsSpan(slash + 1);
        var isConversation = rest.StartsWith(ConversationsSegment, StringComparison.Ordinal);
        if (isConversation && rest.Length > ConversationsSegment.Length)
        {
            var id = rest[ConversationsSegment.Length..];
            var privateUser = id.IndexOf(PrivateUsersSegment, StringComparison.Ordinal);
            if (privateUser > 0)
            {
                id = id[..privateUser];
            }

            return new BotStateKey(StateScope.Conversation, ConversationOwner(channel, id.ToString()));
        }

        if (rest.StartsWith(UsersSegment, StringComparison.Ordinal) && rest.Length > UsersSegment.Length)
        {
            return new BotStateKey(StateScope.User, UserOwner(channel, rest[UsersSegment.Length..].ToString()));
        }

        return new BotStateKey(StateScope.Other, key);
    }

    /// <summary>The owner of a conversation's keys; the turn lock uses the same one.</summary>
    public static string ConversationOwner(string channelId, string conversationId) => channelId + "/" + conversationId;

    /// <summary>The owner of a user's keys; the rate limiter uses the same one.</summary>
    public static string UserOwner(string channelId, string userId) => channelId + "/" + userId;
}
