using Newtonsoft.Json;

namespace ChatBot.Dialogs.Runtime.State;

/// <summary>
/// The one serializer dialog state uses for its values. It never reads or writes type names:
/// stored JSON and user data (card submits) can carry "$type", and that must stay plain data (bug B13).
/// </summary>
internal static class StateJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);
}
