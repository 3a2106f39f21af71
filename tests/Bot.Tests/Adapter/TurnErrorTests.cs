using ChatBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot.Tests.Adapter;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task Turn_WhenTheBotThrows_ApologisesTracesAndStartsTheNextTurnClean()
    {
        using var bot = new BotServer(services: s => s.Replace(ServiceDescriptor.Singleton<IBot, CountingBot>()));

        var first = await bot.PostExpectingRepliesAsync(Message("one"));
        var failed = await bot.PostExpectingRepliesAsync(Message("boom"));
        var next = await bot.PostExpectingRepliesAsync(Message("again"));

        Assert.Equal("count 1", (string?)Assert.Single(first.Messages)["text"]);
        Assert.Equal(200, failed.Status);
        Assert.Contains("something went wrong", (string?)Assert.Single(failed.Messages)["text"],
            StringComparison.Ordinal);
        Assert.Contains(failed.Replies, r => (string?)r["type"] == "trace" && (string?)r["value"] == "step failed");
        Assert.Equal("count 1", (string?)Assert.Single(next.Messages)["text"]);
    }

    private static JObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["conversation"] = new JObject { ["id"] = "turn-error-conversation" },
        ["from"] = new JObject { ["id"] = "user-1", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot-1", ["role"] = "bot" },
        ["text"] = text,
    };

    /// <summary>Counts messages in conversation state and throws on "boom", after changing that state.</summary>
    private sealed class CountingBot(ConversationState conversationState) : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(
            ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var counter = conversationState.CreateProperty<int>("Counter");
            var count = await counter.GetAsync(turnContext, () => 0, cancellationToken) + 1;
            await counter.SetAsync(turnContext, count, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);

            if (turnContext.Activity.Text == "boom")
            {
                throw new InvalidOperationException("step failed");
            }

            await turnContext.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
        }
    }
}
