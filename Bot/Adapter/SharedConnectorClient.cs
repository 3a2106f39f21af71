using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ChatBot.Bot.Adapter;

/// <summary>A connector client shared by many turns: each turn disposes it, so disposal is ignored.</summary>
internal sealed class SharedConnectorClient(IConnectorClient inner) : IConnectorClient
{
    public IConnectorClient Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public Uri BaseUri
    {
        get => Inner.BaseUri;
        set => Inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => Inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => Inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => Inner.Credentials;

    public IAttachments Attachments => Inner.Attachments;

    public IConversations Conversations => Inner.Conversations;

    public void Dispose()
    {
        // Shared for the life of the process; the turn that "disposes" it is only done with it.
    }
}
