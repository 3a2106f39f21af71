using System.Diagnostics;
using System.Text.Json;
using ChatBot.Bot.Tests.Infrastructure;

namespace ChatBot.Bot.Tests.Hosting;

public sealed class EvalVerbTests
{
    [Fact]
    public async Task Eval_DevQuestions_PrintsOneJsonLinePerQuestionThenASummary()
    {
        var questions = Path.Combine(RepositoryPaths.Shared, "kb", "dev-questions.json");
        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(questions)).RootElement.GetArrayLength();

        var output = await RunBotAsync("eval", questions);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected + 1, lines.Length);
        foreach (var line in lines[..^1])
        {
            var row = JsonDocument.Parse(line).RootElement;
            Assert.True(row.TryGetProperty("q", out _));
            Assert.True(row.TryGetProperty("expect", out _));
            Assert.True(row.TryGetProperty("got", out _));
            Assert.InRange(row.GetProperty("confidence").GetDouble(), 0, 1);
        }

        Assert.True(JsonDocument.Parse(lines[^1]).RootElement.GetProperty("summary").GetBoolean());
    }

    private static async Task<string> RunBotAsync(params string[] args)
    {
        var bot = Path.Combine(AppContext.BaseDirectory, "ChatBot.Bot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(bot);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, await errors);
        return await output;
    }
}
