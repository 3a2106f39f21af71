using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Answers.Tests;

/// <summary>
/// A tiny OpenAI-compatible chat-completions server on loopback: the real HTTP path of the model client runs
/// against it. <see cref="Behaviour"/> switches between answering, hanging and failing.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app)
    {
        _app = app;
    }

    public enum Mode
    {
        Answer,
        Hang,
        Fail,
    }

    public Mode Behaviour { get; set; } = Mode.Answer;

    public string Reply { get; set; } = "Phrased by the model.";

    public ConcurrentQueue<Captured> Requests { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", (Func<HttpContext, Task<IResult>>)server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        server.Endpoint = new Uri(address + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        Requests.Enqueue(new Captured(body!, context.Request.Headers.Authorization.ToString()));
        switch (Behaviour)
        {
            case Mode.Hang:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                break;
            case Mode.Fail:
                return Results.Json(new { error = new { message = "model overloaded", type = "server_error" } },
                    statusCode: 500);
        }

        return Results.Json(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = body!["model"]!.GetValue<string>(),
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        });
    }

    public sealed record Captured(JsonNode Body, string Authorization)
    {
        public string Model => Body["model"]!.GetValue<string>();

        public string Message(string role) => Body["messages"]!.AsArray()
            .Single(m => m!["role"]!.GetValue<string>() == role)!["content"] switch
            {
                JsonValue value => value.GetValue<string>(),
                JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
                var other => JsonSerializer.Serialize(other),
            };
    }
}
