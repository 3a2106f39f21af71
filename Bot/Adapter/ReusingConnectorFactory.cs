using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Bot.Adapter;

/// <summary>
/// Hands out the process-wide connector client for its key, building it once (see
/// <see cref="ClientReusingAuthentication"/>).
/// </summary>
internal sealed class ReusingConnectorFactory(
    ConnectorFactory inner, string appId, ConcurrentDictionary<string, Lazy<Task<IConnectorClient>>> clients)
    : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(
        string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        var key = string.Join('\n', appId, serviceUrl, audience);
        if (!clients.ContainsKey(key) && clients.Count >= ClientReusingAuthentication.MaxClients)
        {
            return await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }

        var shared = clients.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(async () =>
            new SharedConnectorClient(await inner.CreateAsync(serviceUrl, audience, CancellationToken.None))));
        try
        {
            return await shared.Value;
        }
        catch
        {
            // A failed build is not kept: the next turn tries again.
            clients.TryRemove(KeyValuePair.Create(key, shared));
            throw;
        }
    }
}
