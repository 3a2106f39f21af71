using System.Text.Json;

namespace ChatBot.Bot.Endpoints;

/// <summary>
/// Checks that a request body is a Bot Framework activity before the adapter sees it, so that an empty
/// body, broken JSON or a JSON value that is not an activity gets a 4xx instead of an exception.
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

    private static string? Describe(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object (a Bot Framework activity).";
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(type.GetString()))
        {
            return "The activity has no \"type\"; every Bot Framework activity names its type.";
        }

        return null;
    }
}
