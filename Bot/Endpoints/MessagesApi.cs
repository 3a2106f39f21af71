using System.Net;
using ChatBot.Bot.Adapter;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatBot.Bot.Endpoints;

/// <summary>The Bot Framework messaging endpoint.</summary>
public static class MessagesApi
{
    /// <summary>Largest activity accepted; Teams' own messages stay far below this.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapPost("/api/messages", PostActivityAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxActivityBytes))
            .WithName("PostActivity");
        return endpoints;
    }

    private static async Task PostActivityAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<BotCredentialsOptions> credentials,
        ILogger<ChatBotAdapter> logger)
    {
        var request = context.Request;

        if (credentials.Value.IsAnonymous && !IsLoopback(context.Connection.RemoteIpAddress))
        {
            AdapterLog.AnonymousRemoteRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (request.ContentLength > MaxActivityBytes)
        {
            await RejectAsync(context, logger, StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
            return;
        }

        string? problem;
        try
        {
            problem = await ActivityRequestReader.FindProblemAsync(request, context.RequestAborted);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await RejectAsync(context, logger, StatusCodes.Status413PayloadTooLarge, "The activity is too large.");
            return;
        }

        if (problem is not null)
        {
            await RejectAsync(context, logger, StatusCodes.Status400BadRequest, problem);
            return;
        }

        // The SDK turns a missing or rejected token into 401 itself, but lets a token that cannot even be parsed
        // escape as an exception (a 500); that is the caller's fault, so it is answered here.
        if (!IsReadableBearerToken(request.Headers.Authorization))
        {
            AdapterLog.Unauthorized(logger, "the Authorization header is not a readable bearer token");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await adapter.ProcessAsync(request, context.Response, bot, context.RequestAborted);

        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            AdapterLog.Unauthorized(logger, credentials.Value.IsAnonymous
                ? "the request carried credentials the bot cannot check"
                : "no valid channel token; the Emulator needs the bot's MicrosoftAppId and MicrosoftAppPassword");
        }
    }

    private static bool IsReadableBearerToken(StringValues authorization)
    {
        if (StringValues.IsNullOrEmpty(authorization))
        {
            return true;
        }

        var header = authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            _ = new JsonWebToken(header[Bearer.Length..].Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Loopback);

    private static async Task RejectAsync(HttpContext context, ILogger logger, int statusCode, string reason)
    {
        AdapterLog.RequestRejected(logger, context.Request.Path, statusCode, reason);
        await Results.Problem(detail: reason, statusCode: statusCode).ExecuteAsync(context);
    }
}
