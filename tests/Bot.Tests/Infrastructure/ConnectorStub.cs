using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// A Bot Connector stand-in on 127.0.0.1: it accepts what the bot sends to a channel's serviceUrl and records
/// it, so tests can replay real channel payloads without any traffic leaving the machine.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextId;

    private ConnectorStub(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyCollection<ConnectorCall> Calls => _calls;

    /// <summary>Activities the bot posted to conversations, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> SentActivities =>
        _calls.Where(c => c.Method == "POST" && c.Path.Contains("/v3/conversations/", StringComparison.Ordinal)).ToList();

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        stub.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>Waits until the bot has posted at least <paramref name="count"/> activities.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (SentActivities.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return SentActivities;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var json = body.Length > 0 && body[0] == '{' ? JObject.Parse(body) : null;
        _calls.Enqueue(new ConnectorCall(context.Request.Method, context.Request.Path.Value ?? "", json));

        var id = Interlocked.Increment(ref _nextId);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"stub-{id}\"}}");
    }
}

/// <summary>One request the bot made to the connector.</summary>
public sealed record ConnectorCall(string Method, string Path, JObject? Body);
