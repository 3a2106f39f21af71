using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>Scripted conversations through the SDK's transcript middleware into the real test MariaDB.</summary>
public sealed class MySqlTranscriptLoggingTests(MySqlDatabaseFixture database) : IClassFixture<MySqlDatabaseFixture>
{
    private const string Channel = "emulator";

    [Fact]
    public async Task LogActivity_ScriptedConversation_EveryActivityStoredOnceInOrderWithExactText()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var longText = string.Concat(Enumerable.Repeat("long ✓ 😀 ", 1000))[..10_000];
        string[] userTexts =
        [
            "hello 👋🏽 🤖 — café",
            "مرحبا، كيف يمكنني إعادة تعيين كلمة المرور؟",
            "שלום, זה טקסט מימין לשמאל",
            longText,
            "𝕌𝕟𝕚𝕔𝕠𝕕𝕖 𠜎 and a ZWJ family 👨‍👩‍👧‍👦",
        ];
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        var adapter = host.CreateAdapter(Channel, conversation);

        foreach (var text in userTexts)
        {
            await TestEnvironment.WithTimeout(adapter.SendTextToBotAsync(text, ScriptedBot.EchoAsync, default));
        }

        var expected = userTexts.SelectMany(t => new[] { t, "echo: " + t }).ToList();
        var stored = await host.WaitForActivitiesAsync(Channel, conversation, expected.Count);
        Assert.Equal(expected, stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(
            userTexts.SelectMany(_ => new[] { RoleTypes.User, RoleTypes.Bot }),
            stored.Select(a => a.From.Role));
        Assert.DoesNotContain(stored, a => a.Type == ActivityTypes.Typing);
        var rows = await ReadRowsAsync(conversation);
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(expected, rows.Select(r => r.Text));
        Assert.Equal(rows.Count, rows.Select(r => r.RecordId).Distinct().Count());
        Assert.Equal(expected.Count, await CountAsync(
            "SELECT activity_count FROM transcript_conversations WHERE conversation_id = @c", conversation));
    }

    [Fact]
    public async Task LogActivity_UpdateAndDeleteOfAReply_BothRecordedAfterTheReply()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        var adapter = host.CreateAdapter(Channel, conversation);

        await TestEnvironment.WithTimeout(adapter.SendTextToBotAsync("edit please", EditingBotAsync, default));

        var stored = await host.WaitForActivitiesAsync(Channel, conversation, 4);
        Assert.Equal(
            [ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete],
            stored.Select(a => a.Type));
        Assert.Equal("draft answer", stored[1].AsMessageActivity().Text);
        Assert.Equal("final answer", stored[2].AsMessageUpdateActivity().Text);
        Assert.Equal(stored[1].Id, stored[2].Id);
    }

    [Fact]
    public async Task LogActivity_ProactiveContinuation_ReminderStoredAfterTheTurnAndNoSyntheticEvent()
    {
        // Bug B18: a reminder sent later through continue-conversation must reach the same transcript.
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        var adapter = host.CreateAdapter(Channel, conversation);
        await TestEnvironment.WithTimeout(adapter.SendTextToBotAsync("hi", ScriptedBot.EchoAsync, default));

        await TestEnvironment.WithTimeout(adapter.ContinueConversationAsync(
            "bot-1",
            adapter.Conversation,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("reminder: your ticket is open"), ct),
            default));

        var stored = await host.WaitForActivitiesAsync(Channel, conversation, 3);
        Assert.Equal(["hi", "echo: hi", "reminder: your ticket is open"],
            stored.Select(a => a.AsMessageActivity()?.Text));
        Assert.Equal(RoleTypes.Bot, stored[2].From.Role);
    }

    [Fact]
    public async Task LogActivity_RepliesWithinOneSecond_ReadBackInSendOrderWithMillisecondsAndOffset()
    {
        // Bug B15: a user message and two replies 120 ms and 160 ms later, the user at +02:00.
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var sent = new DateTimeOffset(2025, 3, 10, 9, 15, 2, 100, TimeSpan.Zero);
        await using var host = await TranscriptTestHost.StartAsync(database.ConnectionString);
        var logger = host.Services.GetRequiredService<ITranscriptLogger>();
        var user = new Activity(ActivityTypes.Message)
        {
            Id = "m1",
            Text = "what is the wifi password for guests?",
            Timestamp = sent,
            LocalTimestamp = sent.ToOffset(TimeSpan.FromHours(2)),
            ChannelId = Channel,
            Conversation = new ConversationAccount(id: conversation),
            From = new ChannelAccount("u1", "Sam", RoleTypes.User),
            Recipient = new ChannelAccount("bot-1", "HelpBot", RoleTypes.Bot),
        };

        await logger.LogActivityAsync(user);
        await logger.LogActivityAsync(Reply(user, "first part", sent.AddMilliseconds(120)));
        await logger.LogActivityAsync(Reply(user, "second part", sent.AddMilliseconds(160)));

        var stored = await host.WaitForActivitiesAsync(Channel, conversation, 3);
        Assert.Equal(["what is the wifi password for guests?", "first part", "second part"],
            stored.Select(a => a.AsMessageActivity().Text));
        Assert.Equal([sent, sent.AddMilliseconds(120), sent.AddMilliseconds(160)], stored.Select(a => a.Timestamp));
        Assert.Equal(TimeSpan.FromHours(2), stored[0].LocalTimestamp!.Value.Offset);
        Assert.Equal(120, await CountAsync(
            "SELECT local_offset_minutes FROM transcript_activities a JOIN transcript_conversations c "
            + "ON c.id = a.conversation_row_id WHERE c.conversation_id = @c AND a.sequence = 1", conversation));
    }

    private static Activity Reply(Activity to, string text, DateTimeOffset at)
    {
        var reply = to.CreateReply(text);
        reply.Timestamp = at;
        reply.From.Role = RoleTypes.Bot;
        return reply;
    }

    private static async Task EditingBotAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var response = await turn.SendActivityAsync(MessageFactory.Text("draft answer"), cancellationToken);
        var update = MessageFactory.Text("final answer");
        update.Id = response.Id;
        await turn.UpdateActivityAsync(update, cancellationToken);
        await turn.DeleteActivityAsync(response.Id, cancellationToken);
    }

    private async Task<List<(long Sequence, string? Text, string RecordId)>> ReadRowsAsync(string conversation)
    {
        await using var connection = new MySqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(
            "SELECT a.sequence, a.text, a.record_id FROM transcript_activities a JOIN transcript_conversations c "
            + "ON c.id = a.conversation_row_id WHERE c.conversation_id = @c ORDER BY a.id", connection);
        command.Parameters.AddWithValue("@c", conversation);
        var rows = new List<(long, string?, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private async Task<long> CountAsync(string sql, string conversation)
    {
        await using var connection = new MySqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        command.Parameters.AddWithValue("@c", conversation);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
