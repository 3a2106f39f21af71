using ChatBot.Bot.Hosting;
using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bot.Tests.Admin;

/// <summary><c>Transcripts:Enabled</c>: on by default; off leaves the transcript stage out of the turn
/// pipeline.</summary>
public sealed class TranscriptSwitchTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Pipeline_TranscriptsEnabledSetting_DecidesTheTranscriptStage(string? enabled, bool expected)
    {
        using var bot = new BotServer(new Dictionary<string, string?>
        {
            ["Transcripts:Enabled"] = enabled,
            ["Transcripts:DataDirectory"] =
                Path.Combine(Path.GetTempPath(), "chatbot-switch-" + Guid.NewGuid().ToString("N")),
        });

        var stages = bot.Services.GetServices<BotMiddlewareRegistration>().Select(r => r.Stage);

        Assert.Equal(expected, stages.Contains(MiddlewareStage.Transcript));
        Assert.Contains(MiddlewareStage.State, stages);
    }
}
