using StackExchange.Redis;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// Server-side scripts of the state store. A stored item is one string: 32 hex characters of ETag, then the JSON.
/// Keeping the ETag in front lets the compare read 32 bytes (GETRANGE) instead of the whole value.
/// </summary>
internal static class StateScripts
{
    public const int ETagLength = 32;

    /// <summary>
    /// Compare-and-set. An empty <c>@expected</c> writes unconditionally; otherwise the write happens only when the
    /// key is missing (as MemoryStorage does) or holds that ETag. Returns '' on success, else the stored ETag.
    /// <c>@ttl</c> is milliseconds; 0 keeps the key without expiry.
    /// </summary>
    public static readonly LuaScript CompareAndSet = LuaScript.Prepare(
        """
        if @expected ~= '' then
          local current = redis.call('GETRANGE', @key, 0, 31)
          if current ~= '' and current ~= @expected then
            return current
          end
        end
        if tonumber(@ttl) > 0 then
          redis.call('SET', @key, @value, 'PX', @ttl)
        else
          redis.call('SET', @key, @value)
        end
        return ''
        """);
}
