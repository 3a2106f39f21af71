using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// Names allow-listed types by <see cref="Type.ToString"/> and every other type by the empty name, which the
/// loader reads as "plain JSON"; resolves only allow-listed names and refuses the rest.
/// </summary>
internal sealed class AllowListSerializationBinder(StateTypeAllowList allowList) : ISerializationBinder
{
    /// <summary>The <c>$type</c> value of a value stored as plain JSON.</summary>
    public const string UntypedName = "";

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);

        assemblyName = null;
        typeName = allowList.TryGetName(serializedType, out var name) ? name : UntypedName;
    }

    public Type BindToType(string? assemblyName, string typeName)
    {
        var fullName = assemblyName is null ? typeName : typeName + ", " + assemblyName;
        if (allowList.TryGetType(fullName, out var type))
        {
            return type;
        }

        throw new JsonSerializationException(
            $"Stored state names the type '{fullName}', which is not on the state type allow-list, so it was not "
            + "loaded. If the bot stores this type on purpose, add it with AddStateType<T>() at startup.");
    }
}
