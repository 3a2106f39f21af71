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

    /// <summary>
    /// Decides each call's status and Retry-After (default 200), so a test can make the channel throttle (429)
    /// or refuse (413) a send.
    /// </summary>
    public Func<ConnectorCall, (int Status, string? RetryAfter)>? Respond { get; set; }

    /// <summary>Activities the bot posted to conversations, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> SentActivities =>
        _calls.Where(c => c.Method == "POST" && c.Path.Contains("/v3/conversations/", StringComparison.Ordinal))
            .ToList();

    public static async Task<ConnectorStub> StartAsync()
    {
        await HostStartGate.Gate.WaitAsync();
        WebApplication app;
        ConnectorStub stub;
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            app = builder.Build();
            stub = new ConnectorStub(app);
            app.Run(stub.HandleAsync);
            await app.StartAsync();
        }
        finally
        {
            HostStartGate.Gate.Release();
        }

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
        var call = new ConnectorCall(context.Request.Method, context.Request.Path.Value ?? "", json)
        {
            At = DateTimeOffset.UtcNow,
            Size = body.Length,
        };
        _calls.Enqueue(call);

        var (status, retryAfter) = Respond?.Invoke(call) ?? (200, null);
        if (status != 200)
        {
            context.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"error\":{{\"code\":\"Status{status}\",\"message\":\"stub\"}}}}");
            return;
        }

        var id = Interlocked.Increment(ref _nextId);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"stub-{id}\"}}");
    }
}

/// <summary>One request the bot made to the connector.</summary>
public sealed record ConnectorCall(string Method, string Path, JObject? Body)
{
    public DateTimeOffset At { get; init; }

    /// <summary>The body's length in characters, as received.</summary>
    public int Size { get; init; }
}
