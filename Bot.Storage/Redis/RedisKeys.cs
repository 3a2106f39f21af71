using System.Security.Cryptography;
using System.Text;
using ChatBot.Storage.Redis.State;
using StackExchange.Redis;

namespace ChatBot.Storage.Redis;

/// <summary>
/// The one place Redis keys are built. Scheme, format version 1 (<c>P</c> is <see cref="RedisOptions.KeyPrefix"/>):
/// <code>
/// P:v1:{c:TAG}:state:KEY   conversation and private conversation state (KEY = the Bot Framework key)
/// P:v1:{c:TAG}:lock        the conversation's turn lock
/// P:v1:{u:TAG}:state:KEY   user state
/// P:v1:{u:TAG}:rate        the user's sliding rate-limit window; P:v1:{u:TAG}:rate:notice its "told once" flag
/// P:v1:{k:TAG}:state:KEY   state under any other key shape
/// P:v1:answer:HASH         a cached answer
/// </code>
/// TAG is the first 16 hex digits of SHA-256 over the owner (<c>channel/conversationId</c> or
/// <c>channel/userId</c>): ids may contain braces, which would break a Redis Cluster hash tag, so the tag is a
/// digest and the readable Bot Framework key follows it. Every key of one conversation shares <c>{c:TAG}</c> and
/// so one hash slot, which multi-key scripts on a cluster need. Changing the layout means bumping <c>v1</c>.
/// SHA-256 stays (rather than a cheaper hash) because changing it would orphan every stored user profile (30-day
/// TTL); <see cref="ForTurn"/> instead computes each owner's tag once per turn instead of once per command.
/// </summary>
public sealed class RedisKeys
{
    public const string FormatVersion = "v1";

    private readonly string _root;

    public RedisKeys(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        if (prefix.Contains('{', StringComparison.Ordinal) || prefix.Contains('}', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Redis key prefix '{prefix}' contains a brace, which would become the cluster hash tag; "
                + "choose a prefix without '{' and '}' (setting Redis:KeyPrefix).",
                nameof(prefix));
        }

        _root = prefix + ":" + FormatVersion + ":";
    }

    /// <summary>The prefix every key built here starts with (for scans in tests and operations).</summary>
    public string Root => _root;

    public RedisKey State(string storageKey)
    {
        ArgumentNullException.ThrowIfNull(storageKey);

        var shape = BotStateKey.Parse(storageKey);
        return shape.Scope switch
        {
            StateScope.Conversation => _root + Tag("c", shape.Owner) + ":state:" + storageKey,
            StateScope.User => _root + Tag("u", shape.Owner) + ":state:" + storageKey,
            _ => _root + Tag("k", shape.Owner) + ":state:" + storageKey,
        };
    }

    /// <summary>
    /// The keys one turn of <paramref name="channelId"/>/<paramref name="conversationId"/> from
    /// <paramref name="userId"/> touches, with the conversation's and the user's tag digested once each.
    /// </summary>
    public TurnKeys ForTurn(string channelId, string conversationId, string? userId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);

        // The storage keys are the ones the SDK's ConversationState and UserState build (BotStateKey).
        var conversationKey = channelId + "/conversations/" + conversationId;
        var conversationRoot = _root + Tag("c", BotStateKey.ConversationOwner(channelId, conversationId));
        if (string.IsNullOrEmpty(userId))
        {
            return new TurnKeys(conversationKey, conversationRoot + ":state:" + conversationKey,
                conversationRoot + ":lock", null, default, default, default);
        }

        var userKey = channelId + "/users/" + userId;
        var userRoot = _root + Tag("u", BotStateKey.UserOwner(channelId, userId));
        return new TurnKeys(conversationKey, conversationRoot + ":state:" + conversationKey,
            conversationRoot + ":lock", userKey, userRoot + ":state:" + userKey, userRoot + ":rate",
            userRoot + ":rate:notice");
    }

    public RedisKey TurnLock(string conversationOwner) => _root + Tag("c", conversationOwner) + ":lock";

    public RedisKey RateWindow(string userOwner) => _root + Tag("u", userOwner) + ":rate";

    public RedisKey RateNotice(string userOwner) => _root + Tag("u", userOwner) + ":rate:notice";

    public RedisKey Answer(string cacheKey) => _root + "answer:" + Digest(cacheKey, 32);

    /// <summary>The hash tag of a conversation's keys, e.g. <c>{c:0123456789abcdef}</c>.</summary>
    public static string ConversationTag(string conversationOwner) => Tag("c", conversationOwner);

    private static string Tag(string kind, string owner) => "{" + kind + ":" + Digest(owner, 16) + "}";

    // The first hexDigits (even) hex digits of SHA-256 over the UTF-8 bytes, as format v1 defines; hashed from the
    // stack for ordinary ids, and only the bytes that are printed are turned into hex.
    private static string Digest(string value, int hexDigits)
    {
        const int StackLimit = 512;
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        var bytes = length <= StackLimit ? stackalloc byte[StackLimit] : new byte[length];
        var written = Encoding.UTF8.GetBytes(value, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        return Convert.ToHexStringLower(hash[..(hexDigits / 2)]);
    }
}
