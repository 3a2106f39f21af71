using System.Globalization;
using Newtonsoft.Json;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// Newtonsoft.Json as the Bot Framework state expects it, with type names limited to the
/// <see cref="StateTypeAllowList"/>. Numbers in <c>object</c>-typed slots load as <see cref="long"/> or
/// <see cref="double"/> and date strings stay strings, exactly as the SDK's MemoryStorage returns them.
/// </summary>
public sealed class StateJsonSerializer
{
    private readonly JsonSerializer _serializer;

    public StateJsonSerializer(StateTypeAllowList allowList)
    {
        ArgumentNullException.ThrowIfNull(allowList);

        var binder = new AllowListSerializationBinder(allowList);
        _serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            SerializationBinder = binder,
            Converters = { new StateValueConverter(binder) },
            DateParseHandling = DateParseHandling.None,
            NullValueHandling = NullValueHandling.Include,
            ReferenceLoopHandling = ReferenceLoopHandling.Error,
            MaxDepth = 128,
        });
    }

    public string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            _serializer.Serialize(writer, value, typeof(object));
        }

        return text.ToString();
    }

    public object? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        using var reader = new JsonTextReader(new StringReader(json));
        return _serializer.Deserialize<object>(reader);
    }
}
