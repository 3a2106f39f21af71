using System.Text;
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

    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static int For(string? channelId) => channelId == Channels.Msteams ? TeamsBytes : DefaultBytes;

    /// <summary>The activity's size as the channel counts it: the larger of its UTF-8 and UTF-16 JSON sizes.</summary>
    public static int Measure(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var json = JsonConvert.SerializeObject(activity, Settings);
        return Math.Max(Encoding.UTF8.GetByteCount(json), json.Length * 2);
    }
}
