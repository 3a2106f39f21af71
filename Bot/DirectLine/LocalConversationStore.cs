using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// The local Direct Line conversations of this process. In memory by design: local mode serves a laptop or a
/// single intranet instance; several instances behind a load balancer need Azure's Direct Line (a secret).
/// </summary>
public sealed class LocalConversationStore(IOptions<DirectLineOptions> options)
{
    private readonly ConcurrentDictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);

    public LocalConversation? Find(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);

        return _conversations.GetValueOrDefault(conversationId);
    }

    /// <summary>The conversation a token names, created on first use; <c>Created</c> says which.</summary>
    public (LocalConversation Conversation, bool Created) GetOrAdd(DirectLineToken grant)
    {
        ArgumentNullException.ThrowIfNull(grant);

        var capacity = options.Value.MaxActivitiesPerConversation;
        var candidate = new LocalConversation(grant.ConversationId, grant.UserId, capacity);
        var conversation = _conversations.GetOrAdd(grant.ConversationId, candidate);
        return (conversation, ReferenceEquals(conversation, candidate));
    }
}
