using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// Issues and verifies local Direct Line tokens: <c>dl1.&lt;payload&gt;.&lt;HMAC-SHA256&gt;</c>, the payload naming
/// the conversation, the user and the expiry. The signature is what keeps one user out of another's
/// conversation: a token can only be made by this bot, and only for the conversation it names.
/// </summary>
public sealed class DirectLineTokenIssuer
{
    private const string Prefix = "dl1";

    private readonly byte[] _key;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _options = options.Value;
        _time = time;
        _key = string.IsNullOrWhiteSpace(_options.SigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(_options.SigningKey);
    }

    public TimeSpan Lifetime => _options.TokenLifetime;

    /// <summary>A new token for <paramref name="conversationId"/> and <paramref name="userId"/>.</summary>
    public string Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);

        var expires = _time.GetUtcNow() + _options.TokenLifetime;
        var payload = new JObject
        {
            ["c"] = conversationId,
            ["u"] = userId,
            ["e"] = expires.ToUnixTimeSeconds(),
        };
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToString(Newtonsoft.Json.Formatting.None)));
        return $"{Prefix}.{body}.{Sign(body)}";
    }

    /// <summary>The token's grant when this bot signed it, expired or not; null for anything else.</summary>
    public DirectLineToken? Read(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not [Prefix, var body, var signature])
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }

        var payload = JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(body)));
        return (string?)payload["c"] is { Length: > 0 } conversation
            && (string?)payload["u"] is { Length: > 0 } user
            && (long?)payload["e"] is { } expires
            ? new DirectLineToken(conversation, user, DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }

    /// <summary>The grant of a token that is signed and not expired; null otherwise.</summary>
    public DirectLineToken? ReadValid(string? token) =>
        Read(token) is { } grant && !grant.IsExpired(_time.GetUtcNow()) ? grant : null;

    /// <summary>The grant of a token that may resume its conversation: signed, expired at most ResumeWindow
    /// ago.</summary>
    public DirectLineToken? ReadResumable(string? token) =>
        Read(token) is { } grant && _time.GetUtcNow() < grant.ExpiresAt + _options.ResumeWindow ? grant : null;

    private string Sign(string body) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));
}
