using System.Collections.Concurrent;
using Microsoft.Bot.Schema;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// The types whose .NET type is recorded in stored state and re-created on load (bug B13: loading state must
/// never create a type that the stored JSON names). Everything else is stored as plain JSON and loads back as
/// <see cref="Newtonsoft.Json.Linq.JObject"/>, as with the SDK's MemoryStorage; the SDK's state accessors turn
/// that into the requested type. Add a type here when dialog state keeps it in an <c>object</c>-typed slot and
/// must get the same type back. One instance per host (a singleton); adding is thread-safe.
/// </summary>
public sealed class StateTypeAllowList
{
    private readonly ConcurrentDictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, string> _byType = new();

    public StateTypeAllowList()
    {
        Allow(typeof(Dictionary<string, object>));
        Allow(typeof(Dictionary<string, string>));
        Allow(typeof(List<object>));
        Allow(typeof(List<string>));
        Allow(typeof(List<long>));
        Allow(typeof(List<Dictionary<string, object>>));
        Allow(typeof(string[]));
        Allow(typeof(ConversationReference));
        Allow(typeof(ChannelAccount));
        Allow(typeof(ConversationAccount));
    }

    /// <summary>Adds <paramref name="type"/>, stored under its <see cref="Type.ToString"/> name.</summary>
    public StateTypeAllowList Allow(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters)
        {
            throw new ArgumentException(
                $"State type '{type}' cannot be re-created on load: allow a concrete, closed type instead.",
                nameof(type));
        }

        var name = type.ToString();
        _byName[name] = type;
        _byType[type] = name;
        return this;
    }

    public bool IsAllowed(Type type) => _byType.ContainsKey(type);

    public bool TryGetName(Type type, out string name) => _byType.TryGetValue(type, out name!);

    public bool TryGetType(string name, out Type type) => _byName.TryGetValue(name, out type!);
}
