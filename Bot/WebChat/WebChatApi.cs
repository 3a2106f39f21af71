using ChatBot.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.WebChat;

/// <summary>
/// The Web Chat page (<c>/</c>, from wwwroot) and the token it starts with. Local mode: a token of the bot's own
/// Direct Line, or, given the page's previous token, a fresh token for the same conversation (page reload, idle
/// tab: cases/bugs B21). Production mode: a token exchanged for the Direct Line secret.
/// </summary>
public static class WebChatApi
{
    public const string TokenPath = "/api/webchat/token";

    public static WebApplication MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = LocalDirectLineStream.KeepAlive });
        app.MapPost(TokenPath, IssueTokenAsync).WithName("WebChatToken");
        if (app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.IsLocal)
        {
            app.MapLocalDirectLineApi();
        }

        return app;
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpRequest request, IOptions<DirectLineOptions> options, IServiceProvider services)
    {
        if (!options.Value.IsLocal)
        {
            var exchange = services.GetRequiredService<DirectLineTokenExchange>();
            var issued = await exchange.GenerateAsync(request.HttpContext.RequestAborted);
            return issued is null
                ? Results.Problem("Direct Line did not issue a token; try again shortly.", statusCode: 502)
                : Json(issued);
        }

        var tokens = services.GetRequiredService<DirectLineTokenIssuer>();
        var previous = LocalDirectLineApi.Bearer(request);
        JObject session;
        if (previous is null)
        {
            session = LocalDirectLineApi.NewSession(tokens);
        }
        else if (tokens.ReadResumable(previous) is { } grant)
        {
            session = LocalDirectLineApi.TokenBody(tokens, grant.ConversationId, grant.UserId);
        }
        else
        {
            return Results.Unauthorized();
        }

        var grantOfSession = tokens.Read((string)session["token"]!)!;
        session["userId"] = grantOfSession.UserId;
        session["domain"] = $"{request.Scheme}://{request.Host}{request.PathBase}{LocalDirectLineApi.BasePath}";
        return Json(session);
    }

    private static IResult Json(JObject body) => Results.Content(body.ToString(Formatting.None), "application/json");
}
