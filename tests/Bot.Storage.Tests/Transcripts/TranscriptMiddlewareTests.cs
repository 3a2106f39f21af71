using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// The project's transcript middleware on the embedded SQLite store: what it records, and that it records each
/// activity as it was at the moment of logging. The MariaDB logging tests run through it as well.
/// </summary>
public sealed class TranscriptMiddlewareTests
{
    private const string Channel = "emulator";

    [Fact]
    public async Task OnSend_ReplyMutatedAfterSending_StoredTranscriptHasTheSentVersion()
    {
        await using var host = await TranscriptTestHost.StartAsync(null);
        var adapter = host.CreateAdapter(Channel, "mutate");

        await adapter.SendTextToBotAsync("question", async (turn, ct) =>
        {
            var reply = MessageFactory.Text("the answer as sent");
            reply.Properties["note"] = "sent";
            await turn.SendActivityAsync(reply, ct);

            // A bot that reuses its reply object (a card it edits for the next send) must not rewrite history.
            reply.Text = "edited after sending";
            reply.Properties["note"] = "edited";
            reply.From.Name = "someone else";
        }, default);

        var stored = await host.WaitForActivitiesAsync(Channel, "mutate", 2);
        Assert.Equal(["question", "the answer as sent"], stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal("sent", (string?)((Activity)stored[1]).Properties["note"]);
        Assert.NotEqual("someone else", stored[1].From.Name);
    }

    [Fact]
    public async Task OnSend_ASendFailsAndTheTurnErrorHandlerReplies_EverythingDeliveredIsStored()
    {
        await using var host = await TranscriptTestHost.StartAsync(null);
        var adapter = host.CreateAdapter(Channel, "failing");
        adapter.Use(new FailingSendMiddleware("boom"));
        adapter.OnTurnError = (turn, exception) => turn.SendActivityAsync("sorry, something went wrong");

        await adapter.SendTextToBotAsync("question", async (turn, ct) =>
        {
            await turn.SendActivityAsync("first part", cancellationToken: ct);
            await turn.SendActivityAsync("boom", cancellationToken: ct);
        }, default);

        var stored = await host.WaitForActivitiesAsync(Channel, "failing", 3);
        Assert.Equal(
            ["question", "first part", "sorry, something went wrong"],
            stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal([RoleTypes.User, RoleTypes.Bot, RoleTypes.Bot], stored.Select(a => a.From.Role));
    }

    [Fact]
    public async Task OnTurn_ActivitiesWithoutIdRoleOrTimestamp_FilledInOnTheStoredCopyLikeTheSdkMiddleware()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 30, 15, 250, TimeSpan.Zero));
        await using var host = await TranscriptTestHost.StartAsync(
            null, configure: s => s.AddSingleton<TimeProvider>(clock));
        var adapter = host.CreateAdapter(Channel, "fill");
        var incoming = new Activity(ActivityTypes.Message)
        {
            Text = "no id, no role",
            ChannelId = Channel,
            Conversation = new ConversationAccount(id: "fill"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot-1"),
        };
        string? roleSeenByTheBot = null;

        await adapter.ProcessActivityAsync(incoming, async (turn, ct) =>
        {
            roleSeenByTheBot = turn.Activity.From.Role;
            var reply = MessageFactory.Text("reply");
            await turn.SendActivityAsync(reply, ct);
            var withoutId = turn.Activity.GetConversationReference();
            withoutId.ActivityId = null;
            await turn.DeleteActivityAsync(withoutId, ct);
        }, default);

        var stored = await host.WaitForActivitiesAsync(Channel, "fill", 3);
        Assert.Equal(RoleTypes.User, roleSeenByTheBot);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.MessageDelete],
            stored.Select(a => a.Type));
        Assert.StartsWith("g_", stored[2].Id, StringComparison.Ordinal);
        Assert.All(stored, a => Assert.False(string.IsNullOrEmpty(a.Id)));
        Assert.Equal([RoleTypes.User, RoleTypes.Bot, RoleTypes.Bot], stored.Select(a => a.From.Role));
        Assert.Equal(clock.GetUtcNow(), stored[2].Timestamp);
        Assert.Equal(("bot-1", "user-1"), (stored[2].From.Id, stored[2].Recipient.Id));
    }

    /// <summary>Stands in for a channel that refuses one message: the send throws before it is delivered.</summary>
    private sealed class FailingSendMiddleware(string refusedText) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            turnContext.OnSendActivities((_, activities, nextSend) =>
                activities.Any(a => a.Text == refusedText)
                    ? throw new InvalidOperationException("the channel refused the message")
                    : nextSend());
            return next(cancellationToken);
        }
    }
}
