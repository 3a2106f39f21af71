using System.Net.WebSockets;
using System.Text;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.DirectLine;

/// <summary>The bot's own Direct Line 3.0 endpoint (local mode), driven over real HTTP and WebSocket.</summary>
public sealed class LocalDirectLineTests : IAsyncLifetime
{
    private const string Question = "How do I change the credit card on file?";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private BotServer _bot = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _bot = new BotServer(services: s =>
        {
            KnowledgeBaseTestEngine.Register(s);
            s.AddSingleton<TimeProvider>(_time);
        });
        _client = new DirectLineClient(_bot.Http);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task StartConversation_NewToken_WelcomesTheUserOnce()
    {
        var session = await _client.WebChatTokenAsync();
        var token = (string)session["token"]!;
        var conversationId = (string)session["conversationId"]!;

        var started = await _client.StartAsync(token);
        var again = await _client.StartAsync(token);
        var (activities, _) = await _client.ReadAsync(token, conversationId);

        Assert.Equal(conversationId, (string?)started["conversationId"]);
        Assert.StartsWith("ws://", (string?)started["streamUrl"], StringComparison.Ordinal);
        Assert.Equal(conversationId, (string?)again["conversationId"]);
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", (string?)welcome["from"]?["role"]);
        Assert.Contains("Larkspur", (string?)welcome["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_Question_EchoAndAnswerFollowTheWatermark()
    {
        var (token, conversationId) = await StartAsync();
        var (_, watermark) = await _client.ReadAsync(token, conversationId);

        var id = await _client.SayAsync(token, conversationId, Question);
        var (activities, next) = await _client.ReadAsync(token, conversationId, watermark);

        Assert.Equal(2, activities.Count);
        Assert.Equal(id, (string?)activities[0]["id"]);
        Assert.Equal(Question, (string?)activities[0]["text"]);
        Assert.Equal("billing-update-payment-method", (string?)activities[1]["channelData"]?["answer"]?["id"]);
        Assert.Equal(id, (string?)activities[1]["replyToId"]);
        Assert.Equal(int.Parse(watermark) + 2, int.Parse(next));
    }

    [Fact]
    public async Task PostActivity_FromAnotherUserId_IsSentAsTheTokensUser()
    {
        var (token, conversationId) = await StartAsync();

        await _client.SayAsync(token, conversationId, "hi");
        var (activities, _) = await _client.ReadAsync(token, conversationId);

        var echo = Assert.Single(activities, a => (string?)a["from"]?["role"] == "user");
        Assert.NotEqual("ignored", (string?)echo["from"]?["id"]);
        Assert.StartsWith("dl_", (string?)echo["from"]?["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_OfAnotherConversation_CannotReadOrPost()
    {
        var (mine, _) = await StartAsync();
        var (theirs, theirConversation) = await StartAsync();
        await _client.SayAsync(theirs, theirConversation, "my secret question");

        var read = await _client.SendAsync(
            HttpMethod.Get, $"/v3/directline/conversations/{theirConversation}/activities", mine);
        var post = await _client.SendAsync(HttpMethod.Post,
            $"/v3/directline/conversations/{theirConversation}/activities",
            mine, new JObject { ["type"] = "message", ["text"] = "hello" });
        var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirConversation}",
            mine);

        Assert.Equal(403, read.Status);
        Assert.Equal(403, post.Status);
        Assert.Equal(403, reconnect.Status);
    }

    [Fact]
    public async Task Token_Tampered_IsRefused()
    {
        var (token, conversationId) = await StartAsync();
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}x.{parts[2]}";

        var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities",
            forged);
        var none = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities",
            null);

        Assert.Equal(403, read.Status);
        Assert.Equal(403, none.Status);
    }

    [Fact]
    public async Task TokenRefresh_ValidToken_ReturnsANewTokenForTheSameConversation()
    {
        var (token, conversationId) = await StartAsync();
        _time.Advance(TimeSpan.FromMinutes(20));

        var (status, body) = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        _time.Advance(TimeSpan.FromMinutes(20));
        var oldToken = await _client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{conversationId}/activities", token);
        var newToken = (string)body!["token"]!;
        var (activities, _) = await _client.ReadAsync(newToken, conversationId);

        Assert.Equal(200, status);
        Assert.Equal(conversationId, (string?)body["conversationId"]);
        Assert.Equal(403, oldToken.Status);
        Assert.NotEmpty(activities);
    }

    [Fact]
    public async Task PageReload_TwoHoursLaterWithTheOldToken_ResumesTheConversationWithoutASecondWelcome()
    {
        var (token, conversationId) = await StartAsync();
        await _client.SayAsync(token, conversationId, "hi");
        _time.Advance(TimeSpan.FromHours(2));

        var expired = await _client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{conversationId}/activities", token);
        var resumed = await _client.WebChatTokenAsync(token);
        var newToken = (string)resumed["token"]!;
        await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", newToken);
        await _client.SayAsync(newToken, conversationId, Question);
        var (activities, _) = await _client.ReadAsync(newToken, conversationId);

        Assert.Equal(403, expired.Status);
        Assert.Equal(conversationId, (string?)resumed["conversationId"]);
        Assert.Single(activities, a => ((string?)a["text"] ?? "").Contains("support bot", StringComparison.Ordinal));
        Assert.Equal(2, activities.Count(a => (string?)a["from"]?["role"] == "user"));
        Assert.Contains(activities, a =>
            (string?)a["channelData"]?["answer"]?["id"] == "billing-update-payment-method");
    }

    [Fact]
    public async Task PageReload_TokenPastTheResumeWindow_GetsUnauthorized()
    {
        var (token, _) = await StartAsync();
        _time.Advance(TimeSpan.FromDays(2));

        var (status, _) = await _client.SendAsync(HttpMethod.Post, "/api/webchat/token", token);

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Stream_WebSocket_SendsHistoryThenTheAnswerToANewMessage()
    {
        var (token, conversationId) = await StartAsync();
        var reconnect = await _client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{conversationId}?watermark=", token);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.ConnectAsync(new Uri((string)reconnect.Body!["streamUrl"]!), timeout.Token);

        var history = await ReceiveSetAsync(socket, timeout.Token);
        await _client.SayAsync(token, conversationId, Question);
        var received = new List<JObject>();
        while (!received.Any(a => a["channelData"]?["answer"] is not null))
        {
            received.AddRange((await ReceiveSetAsync(socket, timeout.Token))["activities"]!.OfType<JObject>());
        }

        Assert.Single(history["activities"]!);
        Assert.Contains(received, a => (string?)a["text"] == Question);
        Assert.Contains(received, a => (string?)a["channelData"]?["answer"]?["id"] == "billing-update-payment-method");
    }

    [Fact]
    public async Task Stream_WithAnotherConversationsToken_IsRefused()
    {
        var (mine, _) = await StartAsync();
        var (_, theirConversation) = await StartAsync();
        var url = new Uri(_bot.BaseUri.ToString().Replace("http", "ws", StringComparison.Ordinal)
            + $"v3/directline/conversations/{theirConversation}/stream?t={Uri.EscapeDataString(mine)}");
        using var socket = new ClientWebSocket();

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));
    }

    private async Task<(string Token, string ConversationId)> StartAsync()
    {
        var session = await _client.WebChatTokenAsync();
        var token = (string)session["token"]!;
        await _client.StartAsync(token);
        return (token, (string)session["conversationId"]!);
    }

    private static async Task<JObject> ReceiveSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                return JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }
}
