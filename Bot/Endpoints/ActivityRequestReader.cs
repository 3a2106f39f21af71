using System.Text.Json;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// Checks that a request body is a Bot Framework activity the bot can answer before the adapter sees it, so that
/// an empty body, broken JSON, or an activity without the envelope every reply needs (type, serviceUrl,
/// conversation, sender) gets a 400 that says what is missing instead of an exception deep in the SDK.
/// </summary>
internal static class ActivityRequestReader
{
    /// <summary>Returns null when the body is acceptable, otherwise why it is not.</summary>
    public static async Task<string?> FindProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            return Describe(document.RootElement);
        }
        catch (JsonException)
        {
            return "The body is not valid JSON; send a Bot Framework activity.";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? Describe(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (a Bot Framework activity).";
        }

        if (!HasText(activity, "type"))
        {
            return "The activity has no \"type\"; every Bot Framework activity names its type.";
        }

        if (!HasText(activity, "serviceUrl") || !IsHttpUrl(activity.GetProperty("serviceUrl").GetString()!))
        {
            return "The activity needs \"serviceUrl\", the absolute http(s) address replies are sent to.";
        }

        if (!HasIdIn(activity, "conversation"))
        {
            return "The activity needs \"conversation\" with an \"id\".";
        }

        if (!HasIdIn(activity, "from"))
        {
            return "The activity needs \"from\" with an \"id\" (the sender).";
        }

        if (activity.TryGetProperty("text", out var text)
            && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "\"text\" must be a string.";
        }

        return null;
    }

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString());

    private static bool HasIdIn(JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var account)
        && account.ValueKind == JsonValueKind.Object
        && HasText(account, "id");

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
