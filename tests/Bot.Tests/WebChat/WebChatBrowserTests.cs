using ChatBot.Answers.Feedback;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatBot.Bot.Tests.WebChat;

/// <summary>
/// The Web Chat page in a real browser: Debian's headless Chromium, driven by Playwright, against the bot on
/// loopback in local Direct Line mode. Leaves a screenshot in artifacts/webchat/ as the test's evidence.
/// </summary>
public sealed class WebChatBrowserTests : IAsyncLifetime
{
    private const string Question = "How do I change the credit card on file?";

    private BotServer _bot = null!;

    public static string ScreenshotPath =>
        Path.Combine(RepositoryPaths.Root, "artifacts", "webchat", "webchat-answer-feedback.png");

    public Task InitializeAsync()
    {
        _bot = new BotServer(services: KnowledgeBaseTestEngine.Register);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Page_AskAQuestionAndClickYes_ShowsTheAnswerAndRecordsTheFeedback()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new() { Width = 900, Height = 900 } });
        page.SetDefaultTimeout(20_000);

        await page.GotoAsync(_bot.BaseUri.ToString());
        await page.GetByText("support bot", new() { Exact = false }).First.WaitForAsync();
        var sendBox = page.GetByRole(AriaRole.Textbox).First;
        await sendBox.FillAsync(Question);
        await sendBox.PressAsync("Enter");
        await page.GetByText("Admin Console", new() { Exact = false }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).First.ClickAsync();
        await page.GetByText("Thanks for letting us know it helped.").First.WaitForAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });

        var feedback = await _bot.Services.GetRequiredService<IAnswerFeedbackStore>().ReadRecentAsync(10);
        var recorded = Assert.Single(feedback);
        Assert.Equal(("billing-update-payment-method", true, "directline"),
            (recorded.EntryId, recorded.Helpful, recorded.ChannelId));
        Assert.True(new FileInfo(ScreenshotPath).Length > 10_000);
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHATBOT_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : "/usr/bin/chromium";
        Assert.True(File.Exists(path),
            $"Chromium was not found at {path}: install Debian's chromium (scripts/test.sh does) "
                + "or set CHATBOT_CHROMIUM.");
        return path;
    }
}
