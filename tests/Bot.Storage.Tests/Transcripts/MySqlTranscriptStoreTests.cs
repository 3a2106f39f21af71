using System.Text;
using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Store;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Reading, exporting and deleting transcripts on the real test MariaDB.</summary>
public sealed class MySqlTranscriptStoreTests(MySqlDatabaseFixture database) : IClassFixture<MySqlDatabaseFixture>
{
    [Fact]
    public async Task ListTranscripts_NewConversationsArriveBetweenPages_EveryOlderConversationListedOnce()
    {
        var channel = "paging-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString, new Dictionary<string, string?> { ["Transcripts:PageSize"] = "3" });
        var older = await LogConversationsAsync(host, channel, "old", 10);

        var listed = new List<string>();
        string? token = null;
        var arrivals = 0;
        do
        {
            var page = await host.Store.ListTranscriptsAsync(channel, token);
            listed.AddRange(page.Items.Select(t => t.Id));
            token = page.ContinuationToken;
            await LogConversationsAsync(host, channel, $"new{arrivals++}", 2);
        }
        while (token is not null);

        Assert.Equal(older.AsEnumerable().Reverse(), listed);
    }

    [Fact]
    public async Task GetTranscriptActivities_PagedThroughSmallPages_InSequenceOrder()
    {
        var channel = "acts-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString, new Dictionary<string, string?> { ["Transcripts:PageSize"] = "4" });
        var adapter = host.CreateAdapter(channel, "c1");
        for (var i = 0; i < 7; i++)
        {
            await adapter.SendTextToBotAsync($"q{i}", ScriptedBot.EchoAsync, default);
        }

        var all = await host.WaitForActivitiesAsync(channel, "c1", 14);

        Assert.Equal(
            Enumerable.Range(0, 7).SelectMany(i => new[] { $"q{i}", $"echo: q{i}" }),
            all.Select(a => a.AsMessageActivity().Text));
        var first = await host.Store.GetTranscriptActivitiesAsync(channel, "c1");
        Assert.Equal(4, first.Items.Length);
        Assert.NotNull(first.ContinuationToken);
    }

    [Fact]
    public async Task DeleteUser_UserWithConversationsTicketsAndState_NothingOfTheUserLeft()
    {
        var channel = "gdpr-" + Guid.NewGuid().ToString("N")[..8];
        var eraser = new RecordingUserDataEraser();
        await using var host = await TranscriptTestHost.StartAsync(
            database.ConnectionString, configure: s => s.AddSingleton<IUserDataEraser>(eraser));
        await host.CreateAdapter(channel, "alice-1", "alice")
            .SendTextToBotAsync("my mail is a@b.io", ScriptedBot.EchoAsync, default);
        await host.CreateAdapter(channel, "alice-2", "alice")
            .SendTextToBotAsync("again", ScriptedBot.EchoAsync, default);
        await host.CreateAdapter(channel, "bob-1", "bob")
            .SendTextToBotAsync("bob here", ScriptedBot.EchoAsync, default);
        await host.WaitForActivitiesAsync(channel, "bob-1", 2);
        await host.WaitForActivitiesAsync(channel, "alice-2", 2);
        var tickets = host.Services.GetRequiredService<ITicketStore>();
        await tickets.CreateAsync(Ticket(channel, "alice-1", "alice"));
        await tickets.CreateAsync(Ticket(channel, "bob-1", "bob"));

        var result = await host.Services.GetRequiredService<TranscriptMaintenance>()
            .DeleteUserAsync(channel, "alice", default);

        Assert.Equal(new UserDeletionResult(2, 4, 1, 1), result);
        var left = await host.Store.ListTranscriptsAsync(channel);
        Assert.Equal(["bob-1"], left.Items.Select(t => t.Id));
        Assert.Empty(await host.ReadAllAsync(channel, "alice-1"));
        Assert.DoesNotContain(await tickets.ListAsync(1000), t => t.UserId == "alice");
        Assert.Equal([(channel, "alice")], eraser.Erased);
    }

    [Fact]
    public async Task Export_StoredConversation_ParsesAsEmulatorTranscript()
    {
        var channel = "export-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        var adapter = host.CreateAdapter(channel, "c1");
        await adapter.SendTextToBotAsync("hello 🤖", ScriptedBot.EchoAsync, default);
        await host.WaitForActivitiesAsync(channel, "c1", 2);
        using var output = new MemoryStream();

        var count = await host.Services.GetRequiredService<TranscriptExporter>()
            .ExportAsync(channel, "c1", output, default);

        var transcript = JArray.Parse(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(2, count);
        Assert.Equal(["user", "bot"], transcript.Select(a => (string?)a["from"]?["role"]));
        Assert.All(transcript, a => Assert.Equal("message", (string?)a["type"]));
        Assert.All(transcript, a => Assert.NotNull((string?)a["timestamp"]));
        Assert.Equal("hello 🤖", transcript[0].ToObject<Activity>()!.Text);
    }

    [Fact]
    public async Task DeleteTranscript_OneConversation_OnlyThatConversationGone()
    {
        var channel = "del-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        await LogConversationsAsync(host, channel, "c", 2);

        await host.Store.DeleteTranscriptAsync(channel, "c0");

        Assert.Empty(await host.ReadAllAsync(channel, "c0"));
        Assert.Equal(2, (await host.ReadAllAsync(channel, "c1")).Count);
    }

    internal static async Task<List<string>> LogConversationsAsync(
        TranscriptTestHost host, string channel, string prefix, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = $"{prefix}{i}";
            await host.CreateAdapter(channel, id).SendTextToBotAsync("hi", ScriptedBot.EchoAsync, default);
            // Wait per conversation so that creation order is also row order.
            await host.WaitForActivitiesAsync(channel, id, 2);
            ids.Add(id);
        }

        return ids;
    }

    private static SupportTicket Ticket(string channel, string conversation, string user) => new()
    {
        ChannelId = channel,
        ConversationId = conversation,
        UserId = user,
        Name = user,
        Email = user + "@example.com",
        Category = "Software",
        Description = "VPN drops",
    };
}
