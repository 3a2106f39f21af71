using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.DirectLine;

/// <summary>A minimal Direct Line 3.0 REST client for the tests, speaking to the bot's local endpoint.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public async Task<(int Status, JObject? Body)> SendAsync(
        HttpMethod method,
        string path,
        string? token,
        JObject? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.StartsWith('{') ? JObject.Parse(text) : null);
    }

    public async Task<JObject> WebChatTokenAsync(string? previousToken = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/webchat/token", previousToken);
        Assert.Equal(200, status);
        return body!;
    }

    public async Task<JObject> StartAsync(string token)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        Assert.InRange(status, 200, 201);
        return body!;
    }

    public async Task<string> SayAsync(string token, string conversationId, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message", ["text"] = text, ["from"] = new JObject { ["id"] = "ignored" },
        };
        var (status, body) = await SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
        Assert.Equal(200, status);
        return (string)body!["id"]!;
    }

    public async Task<(List<JObject> Activities, string Watermark)> ReadAsync(
        string token, string conversationId, string? watermark = null)
    {
        var (status, body) = await SendAsync(
            HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(200, status);
        return (body!["activities"]!.OfType<JObject>().ToList(), (string)body["watermark"]!);
    }
}
