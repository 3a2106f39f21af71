using ChatBot.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Conversations;

/// <summary>The support conversations through /api/messages, as the Emulator would carry them.</summary>
public sealed class ConversationEndToEndTests : IDisposable
{
    private readonly BotServer _bot = new();
    private readonly string _conversationId = "e2e-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Handoff_FromRequestToConfirmation_CreatesATicketTheUserIsShown()
    {
        await SayAsync("I want to talk to a human", expect: "name");
        await SayAsync("Sam Example", expect: "email");
        await SayAsync("sam@example", expect: "doesn't look like an email");
        await SayAsync("help", expect: "email address");
        await SayAsync("sam@example.com", expect: "about");
        await SayAsync("Software", expect: "describe");
        await SayAsync("Outlook keeps crashing when I open a shared folder", expect: "Shall I send it");

        var done = await SayAsync("yes", expect: "ticket number is T-");

        Assert.Contains("sam@example.com", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handoff_CancelledMidway_SaysSoAndAnswersTheNextQuestion()
    {
        await SayAsync("talk to a person", expect: "name");
        await SayAsync("cancel", expect: "cancelled");

        var replies = await PostAsync("what are your support hours?");

        Assert.Contains(replies, r => (string?)r["channelData"]?["answer"]?["id"] == "support-hours");
    }

    [Fact]
    public async Task PlanQuestion_AnsweredWithAPlan_GivesThatPlansAnswer()
    {
        await SayAsync("can i get a refund", expect: "monthly or yearly");

        var replies = await PostAsync("yearly");

        Assert.Contains(replies, r => (string?)r["channelData"]?["answer"]?["id"] == "billing-refund-yearly");
    }

    public void Dispose() => _bot.Dispose();

    private async Task<string> SayAsync(string text, string expect)
    {
        var replies = await PostAsync(text);
        var all = string.Join("\n", replies.Select(r => (string?)r["text"] ?? ""));
        Assert.True(
            all.Contains(expect, StringComparison.OrdinalIgnoreCase),
            $"After \"{text}\" the bot said \"{all}\", without \"{expect}\".");
        return all;
    }

    private async Task<IReadOnlyList<JObject>> PostAsync(string text)
    {
        var response = await _bot.PostExpectingRepliesAsync(new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["conversation"] = new JObject { ["id"] = _conversationId },
            ["from"] = new JObject { ["id"] = "e2e-user", ["name"] = "Sam", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot", ["role"] = "bot" },
            ["locale"] = "en-US",
            ["text"] = text,
        });
        Assert.Equal(200, response.Status);
        return response.Messages;
    }
}
