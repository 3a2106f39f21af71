using System.Security.Cryptography;

namespace ChatBot.Storage.Redis;

/// <summary>
/// 32 lowercase hex characters, unique per call: ETags, lock tokens and rate-window members. A random 64-bit prefix
/// drawn once per process and a 64-bit counter, instead of a random GUID per command: they only need to differ
/// from every other id (across instances too, which the random prefix sees to), not to be unguessable.
/// </summary>
internal static class UniqueIds
{
    public const int Length = 32;

    private static readonly ulong ProcessPrefix = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
    private static long _counter;

    public static string Next()
    {
        var sequence = (ulong)Interlocked.Increment(ref _counter);
        return string.Create(Length, sequence, static (chars, value) =>
        {
            ProcessPrefix.TryFormat(chars, out _, "x16");
            value.TryFormat(chars[16..], out _, "x16");
        });
    }
}
