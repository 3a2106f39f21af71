using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Redis.State;

/// <summary>
/// Handles the two places where stored JSON could smuggle a type name. Raw JSON values (JObject and friends,
/// typically user input such as a card's <c>value</c>) are written with every property name that starts with
/// <c>$</c> escaped by one more <c>$</c>, so a user's <c>"$type"</c> stays data and is never read as metadata,
/// and unescaped on load (bug B13). At <c>object</c>-typed slots, a stored <c>$type</c> is resolved only through
/// the allow-list; the empty name means "plain JSON" and loads as JObject.
/// </summary>
internal sealed class StateValueConverter(AllowListSerializationBinder binder) : JsonConverter
{
    private const string TypeProperty = "$type";
    private const string ValuesProperty = "$values";

    public override bool CanConvert(Type objectType) =>
        objectType == typeof(object) || typeof(JToken).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);

        if (value is JToken token)
        {
            Escape(token.DeepClone(), 1).WriteTo(writer);
            return;
        }

        // Only a bare System.Object reaches here: it has no state to keep.
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    public override object? ReadJson(
        JsonReader reader,
        Type objectType,
        object? existingValue,
        JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(serializer);

        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var token = JToken.ReadFrom(reader);
        if (objectType != typeof(object))
        {
            return Escape(token, -1);
        }

        if (token is JObject obj && obj.TryGetValue(TypeProperty, StringComparison.Ordinal, out var typeName))
        {
            var name = typeName.Value<string>() ?? string.Empty;
            if (name.Length == 0)
            {
                return obj.TryGetValue(ValuesProperty, StringComparison.Ordinal, out var values)
                    ? Escape(values, -1)
                    : Escape(WithoutType(obj), -1);
            }

            var (typePart, assemblyPart) = SplitTypeName(name);
            return obj.ToObject(binder.BindToType(assemblyPart, typePart), serializer);
        }

        return token is JValue primitive ? primitive.Value : Escape(token, -1);
    }

    private static JObject WithoutType(JObject obj)
    {
        obj.Remove(TypeProperty);
        return obj;
    }

    private static (string TypeName, string? AssemblyName) SplitTypeName(string name)
    {
        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return (name[..i].Trim(), name[(i + 1)..].Trim());
            }
        }

        return (name, null);
    }

    // direction +1 adds a '$' to names starting with '$'; -1 removes one from names starting with "$$".
    private static JToken Escape(JToken token, int direction)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    Escape(property.Value, direction);
                    var renamed = Rename(property.Name, direction);
                    if (!ReferenceEquals(renamed, property.Name))
                    {
                        property.Replace(new JProperty(renamed, property.Value));
                    }
                }

                return obj;
            case JArray array:
                foreach (var item in array)
                {
                    Escape(item, direction);
                }

                return array;
            default:
                return token;
        }
    }

    private static string Rename(string name, int direction) => direction > 0
        ? name.StartsWith('$') ? "$" + name : name
        : name.StartsWith("$$", StringComparison.Ordinal) ? name[1..] : name;
}
