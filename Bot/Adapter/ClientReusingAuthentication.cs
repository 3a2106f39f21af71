using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot.Adapter;

/// <summary>
/// The SDK's <see cref="BotFrameworkAuthentication"/> with one connector client per (app, service URL, audience)
/// and one user-token client per app, kept for the life of the process. CloudAdapter otherwise builds and
/// disposes both on every turn, and building them (user-agent strings parsed with regular expressions, HTTP
/// pipelines) was most of a turn's CPU in the benchmark's profile (bench/README: issue 8). The clients are
/// thread-safe; only their disposal is suppressed, since every turn "disposes" the shared instance.
/// </summary>
internal sealed class ClientReusingAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <summary>Past this many distinct clients a new one is built per turn again, as the SDK does.</summary>
    internal const int MaxClients = 256;

    private readonly BotFrameworkAuthentication _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> _connectors =
        new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Lazy<Task<UserTokenClient>>> _tokenClients =
        new(StringComparer.Ordinal);

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(
        Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(
        string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(
        string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Reusing(_inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(
        ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var key = AppId(claimsIdentity);
        if (!_tokenClients.ContainsKey(key) && _tokenClients.Count >= MaxClients)
        {
            return await _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);
        }

        var shared = _tokenClients.GetOrAdd(key, _ => new Lazy<Task<UserTokenClient>>(async () =>
            new SharedUserTokenClient(await _inner.CreateUserTokenClientAsync(claimsIdentity, default))));
        try
        {
            return await shared.Value;
        }
        catch
        {
            // A failed build is not kept: the next turn tries again.
            _tokenClients.TryRemove(KeyValuePair.Create(key, shared));
            throw;
        }
    }

    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() =>
        _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    private ConnectorFactory Reusing(ConnectorFactory factory, ClaimsIdentity? identity) =>
        factory is null ? factory! : new ReusingConnectorFactory(factory, AppId(identity), _connectors);

    // The clients carry the bot's credentials (the token's audience) towards the caller (its app id): both name
    // the cache entry, so a skill or a second bot registration never gets another's client.
    private static string AppId(ClaimsIdentity? identity) => identity is null
        ? string.Empty
        : string.Join('\n',
            identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value,
            identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value,
            identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value);
}
