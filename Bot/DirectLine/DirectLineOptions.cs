namespace ChatBot.Bot.DirectLine;

/// <summary>
/// How the Web Chat page reaches the bot (section <c>DirectLine</c>). With a <see cref="Secret"/> the page gets
/// short-lived tokens of Azure's Direct Line service; without one (the default) the bot serves a Direct Line
/// 3.0-compatible endpoint itself, so Web Chat works with no Azure subscription.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The Direct Line channel secret. Empty (default): local mode. Never sent to a browser.</summary>
    public string? Secret { get; set; }

    /// <summary>The Direct Line service the secret belongs to (default: Azure's global endpoint).</summary>
    public Uri Endpoint { get; set; } = new("https://directline.botframework.com/v3/directline/");

    /// <summary>How long a local token is valid (default 30 minutes); clients refresh it before then.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after its expiry a local token can still resume its own conversation (default 1 day), so an
    /// idle tab or a sleeping laptop gets its conversation back instead of a new one (cases/bugs B21).
    /// </summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Base64 key (32 bytes or more) that signs local tokens. Empty (default): a random key per process, so tokens
    /// end with the process, as do local conversations, which live in memory.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Activities kept per local conversation (default 500); older ones drop out of the history.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>True when no secret is configured: the bot serves Direct Line itself.</summary>
    public bool IsLocal => string.IsNullOrWhiteSpace(Secret);
}
