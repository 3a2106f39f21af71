using System.Globalization;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Bot.Teams;

/// <summary>
/// How big a reply a channel accepts, measured on the serialised activity (cases/bugs B09): Teams documents
/// about 28 KB, and newer notes 40 KB of UTF-16; the larger of the UTF-8 and UTF-16 sizes is held to 28 KB.
/// </summary>
public static class ReplySizeLimit
{
    public const int TeamsBytes = 28_000;
    public const int DefaultBytes = 200_000;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(
        new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    public static int For(string? channelId) => channelId == Channels.Msteams ? TeamsBytes : DefaultBytes;

    /// <summary>The activity's size as the channel counts it: the larger of its UTF-8 and UTF-16 JSON sizes.</summary>
    /// <remarks>
    /// Every outgoing message is measured, so the JSON is counted as it is written instead of being built as a
    /// string first: the same figure without a throw-away copy of each reply for the garbage collector.
    /// </remarks>
    public static int Measure(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        using var counter = new SizeCountingWriter();
        using (var writer = new JsonTextWriter(counter))
        {
            Serializer.Serialize(writer, activity);
        }

        return Math.Max(counter.Utf8Bytes, counter.Utf16Units * 2);
    }

    /// <summary>Counts the UTF-8 bytes and UTF-16 code units of what is written to it, and keeps nothing.</summary>
    private sealed class SizeCountingWriter() : TextWriter(CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.Unicode;

        public int Utf8Bytes { get; private set; }

        public int Utf16Units { get; private set; }

        public override void Write(char value)
        {
            Utf16Units++;
            // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
            Utf8Bytes += value switch
            {
                < '\u0080' => 1,
                < '\u0800' => 2,
                _ when char.IsSurrogate(value) => 2,
                _ => 3,
            };
        }

        public override void Write(char[] buffer, int index, int count) =>
            Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            foreach (var c in buffer)
            {
                Write(c);
            }
        }

        public override void Write(string? value) => Write(value.AsSpan());
    }
}
