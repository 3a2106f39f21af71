using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts;
using ChatBot.Storage.Transcripts.Store;
using ChatBot.Storage.Transcripts.Writing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// Ids, names and types longer than their MySQL columns (VARCHAR(64) to VARCHAR(512)), as any client of the
/// anonymous endpoint or of Direct Line can send: they must be stored and found again, and must never stop the
/// writer (a row that cannot fit failed its batch on every retry and every journal replay, so nothing after it
/// reached the database).
/// </summary>
public sealed class MySqlOverlongIdsTests(MySqlDatabaseFixture database) : IClassFixture<MySqlDatabaseFixture>
{
    [Fact]
    public async Task LogActivity_IdsLongerThanTheirColumns_StoredFoundByTheirIdsAndLaterRowsStillWritten()
    {
        var channel = "long-" + Guid.NewGuid().ToString("N")[..8];
        var longConversation = "conv-" + new string('c', 700);
        var otherLongConversation = "conv-" + new string('c', 699) + "d";
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?> { ["Transcripts:WriteAttempts"] = "1" });
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();

        var overlong = MySqlTranscriptWriterTests.Message(channel, longConversation, "first");
        overlong.From = new ChannelAccount("user-" + new string('u', 400), new string('n', 400), RoleTypes.User);
        overlong.Id = "id-" + new string('i', 400);
        await logger.LogActivityAsync(overlong);
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, otherLongConversation, "second"));
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "short", "after"));

        Assert.Single(await host.WaitForActivitiesAsync(channel, "short", 1, seconds: 20));
        var stored = Assert.Single(await host.WaitForActivitiesAsync(channel, longConversation, 1, seconds: 5));
        Assert.Equal("first", stored.AsMessageActivity().Text);
        Assert.Equal(longConversation, stored.Conversation.Id);
        Assert.Equal(overlong.From.Name, stored.From.Name);
        var other = Assert.Single(await host.WaitForActivitiesAsync(channel, otherLongConversation, 1, seconds: 5));
        Assert.Equal("second", other.AsMessageActivity().Text);
    }

    [Fact]
    public async Task DeleteUser_UserAndConversationIdsLongerThanTheirColumns_TranscriptAndTicketErased()
    {
        var channel = "long-" + Guid.NewGuid().ToString("N")[..8];
        var user = "user-" + new string('u', 400);
        var conversation = "conv-" + new string('c', 700);
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        await host.CreateAdapter(channel, conversation, user)
            .SendTextToBotAsync("hello", (turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct), default);
        Assert.Equal(2, (await host.WaitForActivitiesAsync(channel, conversation, 2, seconds: 20)).Count);
        var tickets = host.Services.GetRequiredService<ITicketStore>();
        await tickets.CreateAsync(new SupportTicket
        {
            ChannelId = channel,
            ConversationId = conversation,
            UserId = user,
            Name = new string('n', 300),
            Email = "n@example.com",
            Category = "Software",
            Description = "VPN drops",
        });

        var result = await host.Services.GetRequiredService<TranscriptMaintenance>()
            .DeleteUserAsync(channel, user, default);

        Assert.Equal(new UserDeletionResult(1, 2, 1, 0), result);
        Assert.Empty(await host.ReadAllAsync(channel, conversation));
    }

    [Fact]
    public async Task Replay_JournalFromBeforeTheFit_OverlongIdsStoredAndLaterRowsToo()
    {
        var channel = "long-" + Guid.NewGuid().ToString("N")[..8];
        var conversation = "conv-" + new string('c', 700);
        var dataDirectory = TranscriptTestHost.NewDataDirectory();
        var options = Options.Create(new TranscriptOptions { DataDirectory = dataDirectory });
        var unfitted = new TranscriptRecord
        {
            RecordId = Guid.NewGuid().ToString("N"),
            ChannelId = channel,
            ConversationId = conversation,
            Type = ActivityTypes.Message,
            TimestampUtc = new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc),
            FromId = "user-" + new string('u', 400),
            FromRole = RoleTypes.User,
            Json = new JObject { ["type"] = "message", ["text"] = "journaled" }.ToString(),
        };
        new TranscriptJournal(options, NullLogger<TranscriptJournal>.Instance).Append([unfitted]);

        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString, dataDirectory: dataDirectory);
        await host.Services.GetRequiredService<ITranscriptLogger>()
            .LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "short", "after"));

        Assert.Single(await host.WaitForActivitiesAsync(channel, "short", 1, seconds: 20));
        Assert.Single(await host.WaitForActivitiesAsync(channel, conversation, 1, seconds: 5));
    }

    [Fact]
    public async Task LogActivity_IdsDifferingInTrailingSpaces_StoredApartAndLaterRowsStillWritten()
    {
        // MySQL's PAD SPACE collations (utf8mb4_bin among them) compare "c1" and "c1 " equal.
        var channel = "pad-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?> { ["Transcripts:WriteAttempts"] = "1" });
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();

        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "c1", "plain"));
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "c1 ", "padded"));
        await logger.LogActivityAsync(MySqlTranscriptWriterTests.Message(channel, "after", "after"));

        Assert.Single(await host.WaitForActivitiesAsync(channel, "after", 1, seconds: 20));
        Assert.Equal("plain", Assert.Single(await host.ReadAllAsync(channel, "c1")).AsMessageActivity().Text);
        Assert.Equal("padded", Assert.Single(await host.ReadAllAsync(channel, "c1 ")).AsMessageActivity().Text);
    }
}
