using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.WebChat;

/// <summary>
/// Production mode: trades the configured Direct Line secret for a short-lived token bound to a new conversation,
/// so the page never sees the secret. Azure's Direct Line issues the token; the bot picks the user id.
/// </summary>
public sealed partial class DirectLineTokenExchange(
    HttpClient http, IOptions<DirectLineOptions> options, ILogger<DirectLineTokenExchange> logger)
{
    public const string HttpClientName = "DirectLine";

    public async Task<JObject?> GenerateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Endpoint, "tokens/generate"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);
        var body = new JObject { ["user"] = new JObject { ["id"] = userId } };
        request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.ExchangeFailed(logger, (int)response.StatusCode);
            return null;
        }

        var issued = JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return new JObject
        {
            ["token"] = issued["token"],
            ["conversationId"] = issued["conversationId"],
            ["expires_in"] = issued["expires_in"],
            ["userId"] = userId,
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, EventName = "DirectLineExchangeFailed", Level = LogLevel.Warning,
            Message = "Direct Line refused to issue a token ({StatusCode}); check DirectLine:Secret and "
                + "DirectLine:Endpoint")]
        public static partial void ExchangeFailed(ILogger logger, int statusCode);
    }
}
