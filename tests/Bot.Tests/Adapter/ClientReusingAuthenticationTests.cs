using System.Security.Claims;
using ChatBot.Bot.Adapter;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Bot.Tests.Adapter;

/// <summary>
/// Connector and user-token clients outlive the turn that asked for them (a new pair per turn was most of a
/// turn's CPU, issue 8), without one app, caller or service URL ever getting another's client.
/// </summary>
public sealed class ClientReusingAuthenticationTests
{
    private readonly ClientReusingAuthentication _authentication = new(
        new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task CreateAsync_SameServiceUrlAndAudience_ReturnsTheSameClientEvenAfterATurnDisposedIt()
    {
        var identity = Identity("bot-app", "channel");

        var first = await CreateAsync(identity, "http://127.0.0.1:9/", "aud");
        first.Dispose();
        var second = await CreateAsync(identity, "http://127.0.0.1:9/", "aud");

        Assert.Same(first, second);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), second.BaseUri);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task CreateAsync_OtherServiceUrlAudienceOrCaller_ReturnsAnotherClient()
    {
        var factory = _authentication.CreateConnectorFactory(Identity("bot-app", "channel"));
        var client = await factory.CreateAsync("http://127.0.0.1:9/", "aud", CancellationToken.None);

        Assert.NotSame(client, await factory.CreateAsync("http://127.0.0.1:10/", "aud", CancellationToken.None));
        Assert.NotSame(client, await factory.CreateAsync("http://127.0.0.1:9/", "other-aud", CancellationToken.None));
        Assert.NotSame(client, await CreateAsync(Identity("bot-app", "skill"), "http://127.0.0.1:9/", "aud"));
    }

    [Fact]
    public async Task CreateUserTokenClientAsync_SameIdentity_ReturnsOneSharedClient()
    {
        var none = CancellationToken.None;
        var first = await _authentication.CreateUserTokenClientAsync(Identity("bot-app", "channel"), none);
        first.Dispose();
        var second = await _authentication.CreateUserTokenClientAsync(Identity("bot-app", "channel"), none);
        var other = await _authentication.CreateUserTokenClientAsync(Identity("other-bot", "channel"), none);

        Assert.Same(first, second);
        Assert.NotSame(first, other);
    }

    private Task<Microsoft.Bot.Connector.IConnectorClient> CreateAsync(
        ClaimsIdentity identity, string serviceUrl, string audience) =>
        _authentication.CreateConnectorFactory(identity).CreateAsync(serviceUrl, audience, CancellationToken.None);

    private static ClaimsIdentity Identity(string audience, string caller) => new(
    [
        new Claim(AuthenticationConstants.AudienceClaim, audience),
        new Claim(AuthenticationConstants.AppIdClaim, caller),
    ]);
}
