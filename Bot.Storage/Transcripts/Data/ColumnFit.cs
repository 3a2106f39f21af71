using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>
/// Makes values fit the MySQL columns of <see cref="SchemaMigrations"/>. Channels decide how long their ids are, and
/// any client of the anonymous endpoint or of Direct Line can send longer ones; a row that does not fit fails its
/// whole batch on every retry and every journal replay, so nothing after it would reach the database. Ids that are
/// looked up (<see cref="Id"/>) keep a prefix plus a hash of the whole value (so do ids ending in a space), so two
/// long ids stay apart and a lookup by the full id finds them; names and roles (<see cref="Text"/>) are cut. The
/// activity's JSON keeps every value whole. Applied for SQLite too, so both stores and the journal hold the same
/// values.
/// </summary>
internal static class ColumnFit
{
    public const int ChannelId = 64;
    public const int ConversationId = 512;
    public const int UserId = 256;
    public const int ActivityId = 256;
    public const int Type = 64;
    public const int Name = 256;
    public const int Role = 32;

    // "~" and 32 hex digits of SHA-256 (128 bits): a collision between two real ids is not a concern.
    private const int HashLength = 33;

    /// <summary><paramref name="value"/> itself when it fits in <paramref name="max"/> characters, else its prefix
    /// and a hash of all of it (the same for the same value, so a lookup fits its argument the same way).</summary>
    public static string Id(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);

        // MySQL's PAD SPACE collations (utf8mb4_bin too) compare "c1" and "c1 " equal: such a value is kept
        // apart by the hash as well, or two conversations would share a row.
        if (value.Length <= max && !value.EndsWith(' '))
        {
            return value;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 16);
        var kept = value.TrimEnd(' ');
        return Prefix(kept, Math.Min(kept.Length, max - HashLength)) + "~" + hash;
    }

    /// <summary>A conversation's channel and id as its row holds them: what a lookup by them must compare.</summary>
    public static (string ChannelId, string ConversationId) Conversation(string channelId, string conversationId) =>
        (Id(channelId, ChannelId), Id(conversationId, ConversationId));

    /// <summary>As <see cref="Id(string, int)"/>, null staying null.</summary>
    public static string? OptionalId(string? value, int max) => value is null ? null : Id(value, max);

    /// <summary>The first <paramref name="max"/> characters of <paramref name="value"/> (null stays null).</summary>
    public static string? Text(string? value, int max) =>
        value is null || value.Length <= max ? value : Prefix(value, max);

    // MySQL counts characters where .NET counts UTF-16 units, so a cut never makes too long a value; it only
    // must not split a surrogate pair.
    private static string Prefix(string value, int length) =>
        length == 0 ? "" : value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];
}
