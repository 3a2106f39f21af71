namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>
/// Keys by what they hold, from the key scheme in <c>Bot.Storage/Redis/RedisKeys.cs</c>: conversation keys share
/// the hash tag <c>{c:…}</c>, user keys <c>{u:…}</c> (state and rate window), cached answers <c>answer:</c>.
/// The seed's keys (<c>context:</c> per user, <c>rate_limit:</c>, <c>response:</c>) are sorted the same way.
/// </summary>
public sealed record RedisKeyClasses(IReadOnlyDictionary<string, RedisKeyClass> Classes)
{
    public const string Conversation = "conversation";
    public const string User = "user";
    public const string AnswerCache = "answer-cache";
    public const string Other = "other";

    public static string Classify(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        return key.Contains(":{c:", StringComparison.Ordinal) || key.StartsWith("context:", StringComparison.Ordinal)
            ? Conversation
            : key.Contains(":{u:", StringComparison.Ordinal) || key.StartsWith("rate_limit:", StringComparison.Ordinal)
            ? User
            : key.Contains(":answer:", StringComparison.Ordinal)
                || key.StartsWith("response:", StringComparison.Ordinal)
            ? AnswerCache
            : Other;
    }

    /// <summary>Bytes of conversation and user keys: what an idle conversation leaves in Redis.</summary>
    public double ConversationAndUserBytes =>
        Classes.Where(c => c.Key is Conversation or User).Sum(c => c.Value.Bytes);
}

/// <summary>How many keys of one class, and their memory (<c>MEMORY USAGE</c>, extrapolated from a sample).</summary>
public sealed record RedisKeyClass(long Keys, double Bytes);
