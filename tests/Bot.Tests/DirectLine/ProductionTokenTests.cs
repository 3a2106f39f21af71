using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.DirectLine;

/// <summary>
/// Production mode (DirectLine:Secret set): the token endpoint trades the secret for a Direct Line token. Azure's
/// Direct Line cannot be reached from here, so a loopback stub plays it; the tests say so in their names.
/// </summary>
public sealed class ProductionTokenTests : IAsyncLifetime
{
    private const string Secret = "test-directline-secret";

    private WebApplication _directLineStub = null!;
    private BotServer _bot = null!;
    private string? _authorizationSeen;
    private string? _bodySeen;
    private int _status = 200;

    public async Task InitializeAsync()
    {
        await HostStartGate.Gate.WaitAsync();
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _directLineStub = builder.Build();
            _directLineStub.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
            {
                _authorizationSeen = request.Headers.Authorization.ToString();
                _bodySeen = await new StreamReader(request.Body).ReadToEndAsync();
                return _status == 200
                    ? Results.Content(
                        "{\"conversationId\":\"stub-conv-1\",\"token\":\"stub-token\",\"expires_in\":1800}",
                        "application/json")
                    : Results.StatusCode(_status);
            });
            await _directLineStub.StartAsync();
        }
        finally
        {
            HostStartGate.Gate.Release();
        }

        var address = _directLineStub.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _bot = new BotServer(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:Endpoint"] = address.TrimEnd('/') + "/v3/directline/",
        }, KnowledgeBaseTestEngine.Register);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _directLineStub.DisposeAsync();
    }

    [Fact]
    public async Task TokenEndpoint_WithSecretAgainstLoopbackDirectLineStub_ReturnsTheIssuedTokenNotTheSecret()
    {
        using var response = await _bot.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        var session = JObject.Parse(body);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("stub-token", (string?)session["token"]);
        Assert.Equal("stub-conv-1", (string?)session["conversationId"]);
        Assert.Null(session["domain"]);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.Equal($"Bearer {Secret}", _authorizationSeen);
        Assert.Equal((string?)session["userId"], (string?)JObject.Parse(_bodySeen!)["user"]?["id"]);
    }

    [Fact]
    public async Task TokenEndpoint_LoopbackDirectLineStubRefuses_Answers502()
    {
        _status = 403;

        using var response = await _bot.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);

        Assert.Equal(502, (int)response.StatusCode);
    }

    [Fact]
    public async Task LocalDirectLine_InProductionMode_IsNotServed()
    {
        using var response = await _bot.Http.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative),
            null);

        Assert.Equal(404, (int)response.StatusCode);
    }
}
