using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.State;

/// <summary>
/// Named values of one dialog, kept as JSON so that they read back identically after a trip through
/// any store. Reads convert explicitly to the type asked for; nothing is typed by what the JSON says.
/// </summary>
public sealed class DialogStateBag
{
    public DialogStateBag()
        : this(new JObject())
    {
    }

    internal DialogStateBag(JObject values)
    {
        ArgumentNullException.ThrowIfNull(values);

        Values = values;
    }

    /// <summary>The raw JSON, for serialization. Use the typed members to read and write.</summary>
    [JsonProperty("values")]
    public JObject Values { get; set; }

    public bool Contains(string key) => Values.TryGetValue(key, out var token) && token.Type != JTokenType.Null;

    public void Set<T>(string key, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);

        Values[key] = value is null ? JValue.CreateNull() : JToken.FromObject(value, StateJson.Serializer);
    }

    public bool Remove(string key) => Values.Remove(key);

    /// <summary>Reads a value as <typeparamref name="T"/>, or default when it is absent or null.</summary>
    public T? Get<T>(string key)
    {
        if (!Values.TryGetValue(key, out var token) || token.Type == JTokenType.Null)
        {
            return default;
        }

        return token.ToObject<T>(StateJson.Serializer);
    }

    public string? GetString(string key) =>
        Values.TryGetValue(key, out var token) && token.Type != JTokenType.Null ? token.ToString() : null;

    /// <summary>
    /// Reads an integer whatever shape the store gave back: JSON stores return 64-bit integers,
    /// some return doubles or strings. Values out of range fall back rather than throw.
    /// </summary>
    public int GetInt32(string key, int fallback = 0)
    {
        if (!Values.TryGetValue(key, out var token))
        {
            return fallback;
        }

        return token.Type switch
        {
            JTokenType.Integer when token.Value<long>() is var l && l is >= int.MinValue and <= int.MaxValue => (int)l,
            JTokenType.Float when token.Value<double>() is var d && d is >= int.MinValue and <= int.MaxValue => (int)d,
            JTokenType.String when int.TryParse(token.Value<string>(), NumberStyles.Integer,
                CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => fallback,
        };
    }

    /// <summary>A nested bag stored under <paramref name="key"/>; changes to it are changes to this bag.</summary>
    public DialogStateBag GetOrCreateBag(string key)
    {
        if (Values.TryGetValue(key, out var token) && token is JObject existing)
        {
            return new DialogStateBag(existing);
        }

        var created = new JObject();
        Values[key] = created;
        return new DialogStateBag(created);
    }
}
