using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Tests.Testing;

/// <summary>
/// A store that keeps only JSON text, written and read without type names, the way Redis keeps state.
/// What comes back is what any JSON store gives: JObjects and 64-bit integers, never the original types.
/// </summary>
public sealed class JsonTextStorage : IStorage
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Items => _items;

    public int Writes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var result = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                result[key] = JsonConvert.DeserializeObject<JObject>(json, Settings)!;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value, Settings);
            Writes++;
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
