using System.Globalization;
using System.Security.Cryptography;
using ChatBot.Bot.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint served by the bot itself (local mode): enough of the protocol for
/// Web Chat and botframework-directlinejs. Every conversation route requires a token for that conversation.
/// </summary>
public static class LocalDirectLineApi
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapLocalDirectLineApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var api = endpoints.MapGroup(BasePath);
        api.MapPost("/tokens/generate", GenerateToken);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MessagesApi.MaxActivityBytes));
        api.MapGet("/conversations/{conversationId}/activities", GetActivities);
        api.Map("/conversations/{conversationId}/stream", LocalDirectLineStream.AcceptAsync);
        return endpoints;
    }

    /// <summary>A token for a new conversation with a new user id; client-chosen user ids are not honoured.</summary>
    public static JObject NewSession(DirectLineTokenIssuer tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);

        var conversationId = RandomId(18);
        var userId = "dl_" + RandomId(9);
        return TokenBody(tokens, conversationId, userId);
    }

    internal static JObject TokenBody(DirectLineTokenIssuer tokens, string conversationId, string userId) => new()
    {
        ["conversationId"] = conversationId,
        ["token"] = tokens.Issue(conversationId, userId),
        ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
    };

    private static IResult GenerateToken(DirectLineTokenIssuer tokens) => Json(NewSession(tokens));

    private static IResult RefreshToken(HttpRequest request, DirectLineTokenIssuer tokens) =>
        tokens.ReadValid(Bearer(request)) is { } grant
            ? Json(TokenBody(tokens, grant.ConversationId, grant.UserId))
            : Forbidden("The token is missing, expired or not issued by this bot; get a new one.");

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineTokenIssuer tokens, LocalConversationStore store, LocalDirectLineChannel channel)
    {
        if (tokens.ReadValid(Bearer(request)) is not { } grant)
        {
            return Forbidden("Start a conversation with a token from /v3/directline/tokens/generate.");
        }

        var (conversation, created) = store.GetOrAdd(grant);
        if (created)
        {
            await channel.StartAsync(conversation, request.HttpContext.RequestAborted);
        }

        var body = ConversationBody(request, tokens, grant, watermark: null);
        return created ? Results.Content(body.ToString(Formatting.None), "application/json", null, 201) : Json(body);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenIssuer tokens,
        LocalConversationStore store, LocalDirectLineChannel channel)
    {
        if (Authorize(request, tokens, conversationId) is not { } grant)
        {
            return Forbidden("The token does not grant this conversation.");
        }

        // A conversation this process has not seen (the bot restarted) starts afresh under the same id.
        var (conversation, created) = store.GetOrAdd(grant);
        if (created)
        {
            await channel.StartAsync(conversation, request.HttpContext.RequestAborted);
        }

        return Json(ConversationBody(request, tokens, grant, watermark));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineTokenIssuer tokens, LocalConversationStore store,
        LocalDirectLineChannel channel)
    {
        if (Authorize(request, tokens, conversationId) is not { } grant)
        {
            return Forbidden("The token does not grant this conversation.");
        }

        if (store.Find(grant.ConversationId) is not { } conversation)
        {
            return Results.NotFound(Error("Start the conversation (POST /v3/directline/conversations) first."));
        }

        using var reader = new StreamReader(request.Body);
        Activity? activity;
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(
                await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.BadRequest(Error("The body must be an activity with a \"type\"."));
        }

        var id = await channel.PostAsync(conversation, activity, request.HttpContext.RequestAborted);
        return Json(new JObject { ["id"] = id });
    }

    private static IResult GetActivities(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenIssuer tokens,
        LocalConversationStore store)
    {
        if (Authorize(request, tokens, conversationId) is not { } grant)
        {
            return Forbidden("The token does not grant this conversation.");
        }

        var conversation = store.Find(grant.ConversationId);
        var (activities, next) = conversation?.ReadAfter(ParseWatermark(watermark)) ?? ([], 0);
        return Json(ActivitySet(activities, next));
    }

    internal static JObject ActivitySet(IReadOnlyList<Activity> activities, int watermark) => new()
    {
        ["activities"] = JArray.FromObject(activities, JsonSerializer.Create(SerializerSettings)),
        ["watermark"] = watermark.ToString(CultureInfo.InvariantCulture),
    };

    internal static int ParseWatermark(string? watermark) =>
        int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    internal static JsonSerializerSettings SerializerSettings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    private static DirectLineToken? Authorize(
        HttpRequest request,
        DirectLineTokenIssuer tokens,
        string conversationId) =>
        tokens.ReadValid(Bearer(request)) is { } grant && grant.ConversationId == conversationId ? grant : null;

    private static JObject ConversationBody(
        HttpRequest request, DirectLineTokenIssuer tokens, DirectLineToken grant, string? watermark)
    {
        var body = TokenBody(tokens, grant.ConversationId, grant.UserId);
        var scheme = request.IsHttps ? "wss" : "ws";
        var stream = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/"
            + $"{Uri.EscapeDataString(grant.ConversationId)}/stream?t={Uri.EscapeDataString((string)body["token"]!)}";
        body["streamUrl"] = string.IsNullOrEmpty(watermark) ? stream
            : $"{stream}&watermark={Uri.EscapeDataString(watermark)}";
        return body;
    }

    internal static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : null;
    }

    private static string RandomId(int bytes) =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    private static IResult Json(JObject body) => Results.Content(body.ToString(Formatting.None), "application/json");

    private static IResult Forbidden(string message) =>
        Results.Content(Error(message).ToString(Formatting.None), "application/json", null,
            StatusCodes.Status403Forbidden);

    private static JObject Error(string message) =>
        new() { ["error"] = new JObject { ["code"] = "BadArgument", ["message"] = message } };
}
