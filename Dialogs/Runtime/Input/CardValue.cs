using ChatBot.Dialogs.Runtime.State;
using Newtonsoft.Json.Linq;

namespace ChatBot.Dialogs.Runtime.Input;

/// <summary>
/// Reads the data of a submitted card (<c>activity.value</c>). Values arrive as JSON from the channel,
/// or as CLR objects from in-process callers; either way they are read as JSON, never bound to a type
/// the data names.
/// </summary>
public static class CardValue
{
    public static JToken? AsToken(object? value) => value switch
    {
        null => null,
        JToken token => token,
        _ => JToken.FromObject(value, StateJson.Serializer),
    };

    /// <summary>
    /// The string answer in a card's data: the data itself when it is a string, else its
    /// <paramref name="property"/> (case-insensitive) when given.
    /// </summary>
    public static string? GetString(object? value, string? property)
    {
        var token = AsToken(value);
        if (token is JValue { Type: JTokenType.String or JTokenType.Integer or JTokenType.Boolean } scalar)
        {
            return Convert.ToString(scalar.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (token is JObject obj && property is not null
            && obj.GetValue(property, StringComparison.OrdinalIgnoreCase) is JValue { Value: not null } field)
        {
            return Convert.ToString(field.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>Every string property of a card's data, in order, for matching against choices.</summary>
    public static IEnumerable<string> GetStrings(object? value)
    {
        if (AsToken(value) is not JObject obj)
        {
            yield break;
        }

        foreach (var property in obj.Properties())
        {
            if (property.Value.Type == JTokenType.String && property.Value.Value<string>() is { Length: > 0 } s)
            {
                yield return s;
            }
        }
    }
}
