using ChatBot.Storage.Transcripts.Writing;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Storage.Tests.Transcripts.BatchRecords;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>The set-based batch write (one conversation upsert per batch) on SQLite and the test MariaDB.</summary>
public sealed class TranscriptBatchWriterTests(MySqlDatabaseFixture database) : IClassFixture<MySqlDatabaseFixture>
{
    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task WriteAsync_ConversationsOfTwoChannelsInOneBatch_EachNumberedFromOneWithItsOwnTotals(string engine)
    {
        var channel = "two-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await StartAsync(engine, database);
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        List<TranscriptRecord> batch =
        [
            Record(channel, "b", At(10, 0, 0, 0), "user-b", "b1"),
            Record(channel, "a", At(9, 0, 0, 250), "user-a", "a1"),
            Record(channel, "b", At(10, 0, 1, 0), "user-b", "b2"),
            Record(channel, "a", At(9, 30, 0, 0), "user-a", "a2"),
            Record(channel, "a", At(8, 0, 0, 999), "user-a", "a3"),
            Record(channel + "-other", "a", At(7, 0, 0, 0), "user-z", "same id, other channel"),
        ];

        var written = await writer.WriteAsync(batch, mayBeStored: false, default);

        Assert.Equal(6, written);
        Assert.Equal([(1, "same id, other channel")], await ActivitiesAsync(host, channel + "-other", "a"));
        Assert.Equal([(1, "a1"), (2, "a2"), (3, "a3")], await ActivitiesAsync(host, channel, "a"));
        Assert.Equal([(1, "b1"), (2, "b2")], await ActivitiesAsync(host, channel, "b"));
        var a = await ConversationAsync(host, channel, "a");
        Assert.Equal((3L, "user-a", At(8, 0, 0, 999), At(9, 30, 0, 0)),
            (a.ActivityCount, a.UserId, a.FirstActivityAt, a.LastActivityAt));
        var b = await ConversationAsync(host, channel, "b");
        Assert.Equal((2L, "user-b", At(10, 0, 0, 0), At(10, 0, 1, 0)),
            (b.ActivityCount, b.UserId, b.FirstActivityAt, b.LastActivityAt));
    }

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task WriteAsync_ConversationAlreadyStored_SequencesContinueRangeWidensUserKept(string engine)
    {
        var channel = "stored-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await StartAsync(engine, database);
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        await writer.WriteAsync(
            [Record(channel, "c", At(12, 0, 0, 0), null, "bot first"), Record(channel, "c", At(12, 0, 0, 5))],
            mayBeStored: false,
            default);
        await writer.WriteAsync(
            [Record(channel, "c", At(13, 0, 0, 0), "user-1", "later")], mayBeStored: false, default);

        await writer.WriteAsync(
            [
                Record(channel, "c", At(11, 0, 0, 0), "someone-else", "earlier"),
                Record(channel, "new", At(14, 0, 0, 0), "user-2", "other"),
            ],
            mayBeStored: false,
            default);

        Assert.Equal(
            [(1, "bot first"), (2, "hi"), (3, "later"), (4, "earlier")], await ActivitiesAsync(host, channel, "c"));
        var c = await ConversationAsync(host, channel, "c");
        Assert.Equal((4L, "user-1", At(11, 0, 0, 0), At(13, 0, 0, 0)),
            (c.ActivityCount, c.UserId, c.FirstActivityAt, c.LastActivityAt));
        Assert.Equal([(1, "other")], await ActivitiesAsync(host, channel, "new"));
    }

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task WriteAsync_BatchReplayedAfterCommit_NothingWrittenTwiceAndCountsUnchanged(string engine)
    {
        var channel = "replay-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await StartAsync(engine, database);
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        List<TranscriptRecord> batch =
            [Record(channel, "c", At(9, 0, 0, 0), text: "one"), Record(channel, "d", At(9, 0, 1, 0), text: "two")];
        await writer.WriteAsync(batch, mayBeStored: false, default);

        var replayed = await writer.WriteAsync(batch, mayBeStored: true, default);
        var partly = await writer.WriteAsync(
            [batch[1], Record(channel, "d", At(9, 0, 2, 0), text: "three")], mayBeStored: true, default);

        // A first attempt does not look records up; should one be stored anyway, the unique key refuses the batch.
        await Assert.ThrowsAnyAsync<Exception>(() => writer.WriteAsync([batch[0]], mayBeStored: false, default));

        Assert.Equal((0, 1), (replayed, partly));
        Assert.Equal([(1, "one")], await ActivitiesAsync(host, channel, "c"));
        Assert.Equal([(1, "two"), (2, "three")], await ActivitiesAsync(host, channel, "d"));
        Assert.Equal(1L, (await ConversationAsync(host, channel, "c")).ActivityCount);
        Assert.Equal(2L, (await ConversationAsync(host, channel, "d")).ActivityCount);
    }

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(MariaDb)]
    public async Task WriteAsync_BatchFarAboveTheDefaultSize_AllRowsNumberedInOrder(string engine)
    {
        var channel = "large-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await StartAsync(engine, database);
        var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
        var batch = Enumerable.Range(0, 4_500)
            .Select(i => Record(channel, $"c{i % 3}", At(9, 0, 0, 0).AddMilliseconds(i), text: $"m{i}"))
            .ToList();

        var written = await writer.WriteAsync(batch, mayBeStored: false, default);

        Assert.Equal(4_500, written);
        var stored = await ActivitiesAsync(host, channel, "c2");
        Assert.Equal(Enumerable.Range(1, 1_500).Select(i => (long)i), stored.Select(s => s.Sequence));
        Assert.Equal(Enumerable.Range(0, 1_500).Select(i => $"m{(i * 3) + 2}"), stored.Select(s => s.Text));
    }

    [Fact]
    public async Task WriteAsync_TwoWriterInstancesRaceOnTheSameConversations_SequencesGaplessAndUnique()
    {
        var channel = "race-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await StartAsync(MariaDb, database);
        await using var second = await StartAsync(MariaDb, database);
        const int batches = 30, perConversation = 5;

        async Task WriteAllAsync(TranscriptTestHost host, string writerName)
        {
            var writer = host.Services.GetRequiredService<TranscriptBatchWriter>();
            for (var i = 0; i < batches; i++)
            {
                var at = At(10, 0, 0, 0).AddMilliseconds(i);
                var batch = Enumerable.Range(0, perConversation)
                    .SelectMany(j => new[]
                    {
                        Record(channel, "shared-1", at, text: $"{writerName}-{i}-{j}"),
                        Record(channel, "shared-2", at, text: $"{writerName}-{i}-{j}"),
                    })
                    .ToList();
                await writer.WriteAsync(batch, mayBeStored: false, default);
            }
        }

        await TestEnvironment.WithTimeout(Task.WhenAll(
            Task.Run(() => WriteAllAsync(first, "w1")), Task.Run(() => WriteAllAsync(second, "w2"))));

        const int expected = 2 * batches * perConversation;
        foreach (var conversation in new[] { "shared-1", "shared-2" })
        {
            var stored = await ActivitiesAsync(first, channel, conversation);
            Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), stored.Select(s => s.Sequence));
            Assert.Equal(expected, stored.Select(s => s.Text).Distinct().Count());
            Assert.Equal(expected, (await ConversationAsync(first, channel, conversation)).ActivityCount);
        }
    }
}
