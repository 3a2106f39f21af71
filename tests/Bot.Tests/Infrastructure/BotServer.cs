using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real bot host on Kestrel at 127.0.0.1 (a random port), so tests go through the same HTTP pipeline a
/// channel does. Settings are passed as configuration overrides; nothing is read from the machine.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotServer(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _services = services;
        // An explicit loopback listener on a free port, instead of UseKestrel(port): that overload rewrites the
        // server's address list while the minimal-hosting app may already be starting, which fails now and then
        // with "Addresses cannot be modified after the server has started".
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        HostStartGate.Gate.Wait();
        try
        {
            StartServer();
        }
        finally
        {
            HostStartGate.Gate.Release();
        }

        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUri = new Uri(addresses.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUri { get; }

    public HttpClient Http { get; }

    /// <summary>Posts raw JSON to /api/messages.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>Posts an activity with <c>deliveryMode: expectReplies</c> and returns the bot's replies.</summary>
    public async Task<BotResponse> PostExpectingRepliesAsync(JObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        activity["deliveryMode"] = "expectReplies";
        return await PostAsync(activity);
    }

    /// <summary>Posts an activity as the channel sent it.</summary>
    public async Task<BotResponse> PostAsync(JObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        using var response = await PostRawAsync(activity.ToString());
        var body = await response.Content.ReadAsStringAsync();
        return new BotResponse((int)response.StatusCode, body);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseEnvironment("Test");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();
        }

        base.Dispose(disposing);
    }
}
