using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.WebChat;

/// <summary>The page and its bundle are served by the bot itself, with nothing fetched from a CDN.</summary>
public sealed class WebChatPageTests : IDisposable
{
    private readonly BotServer _bot = new(services: KnowledgeBaseTestEngine.Register);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Root_ServesThePageWithTheProductNameAndTheLocalBundle()
    {
        var html = await _bot.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await _bot.Http.GetAsync(new Uri("/js/webchat.js", UriKind.Relative));

        Assert.Contains("<title>Larkspur Cloud Support</title>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"js/webchat.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;iframe", html, StringComparison.Ordinal);
        Assert.Equal(200, (int)bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the Web Chat bundle looks truncated");
    }
}
