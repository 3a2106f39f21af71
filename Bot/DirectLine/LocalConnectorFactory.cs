using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Bot.DirectLine;

/// <summary>Connector clients whose HTTP calls end in <see cref="LocalConnectorHandler"/>, never on the
/// network.</summary>
public sealed class LocalConnectorFactory(LocalConnectorHandler handler) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(
        string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        // The handler is shared and long-lived: the per-turn HttpClient must not dispose it.
        var http = new HttpClient(handler, disposeHandler: false);
        IConnectorClient client = new ConnectorClient(
            new Uri(serviceUrl), MicrosoftAppCredentials.Empty, http, disposeHttpClient: true);
        return Task.FromResult(client);
    }
}
