using System.Diagnostics;
using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.DirectLine;

/// <summary>
/// A client that is not ours, the npm package botframework-directlinejs run under Node, talks to the bot's local
/// Direct Line endpoint: token, start conversation, WebSocket stream, post a message, receive the answer.
/// Needs Node and `npm ci` in tests/Bot.Tests/DirectLineClient (scripts/test.sh does both).
/// </summary>
public sealed class DirectLineJsClientTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public Task InitializeAsync()
    {
        _bot = new BotServer(services: KnowledgeBaseTestEngine.Register);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task DirectLineJs_UnderNode_StartsAConversationAndReceivesTheAnswer()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Bot.Tests", "DirectLineClient");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "botframework-directlinejs")),
            $"botframework-directlinejs is not installed: run `npm ci` in {folder} (scripts/test.sh does).");

        var (exitCode, output, errors) = await RunNodeAsync(
            folder, "converse.cjs", _bot.BaseUri.ToString(), "How do I change the credit card on file?");

        Assert.True(exitCode == 0, $"node exited with {exitCode}: {errors}");
        var result = JObject.Parse(output.Trim().Split('\n')[^1]);
        Assert.Equal("billing-update-payment-method", (string?)result["answer"]?["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)result["conversationId"]));
        Assert.Contains("Billing", (string?)result["text"], StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(
        string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The Node Direct Line client did not finish within 60 s.");
        }

        return (process.ExitCode, await output, await errors);
    }
}
