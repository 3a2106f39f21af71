using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Storage.Transcripts.Store;

/// <summary>Reads stored activity JSON back into SDK activities exactly as logged.</summary>
internal static class TranscriptActivityReader
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    public static Activity Read(string json) =>
        JsonConvert.DeserializeObject<Activity>(json, Settings)
        ?? throw new InvalidDataException("A stored transcript activity is the JSON literal null.");
}
