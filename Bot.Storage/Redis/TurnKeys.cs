using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>
/// The keys of one turn (<see cref="RedisKeys.ForTurn"/>): the Bot Framework storage keys of the conversation's
/// and the user's state with their Redis keys, the conversation's turn lock and the user's rate-limit keys.
/// The user parts are absent (<see cref="UserStorageKey"/> null) for an activity without a sender.
/// </summary>
public sealed record TurnKeys(
    string ConversationStorageKey,
    RedisKey ConversationState,
    RedisKey TurnLock,
    string? UserStorageKey,
    RedisKey UserState,
    RedisKey RateWindow,
    RedisKey RateNotice);
