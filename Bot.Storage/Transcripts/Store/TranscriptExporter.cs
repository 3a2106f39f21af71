using System.Text;
using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Async;
using Newtonsoft.Json;

namespace ChatBot.Storage.Transcripts.Store;

/// <summary>
/// Writes a conversation as a <c>.transcript</c> file, the Bot Framework Emulator's format: a JSON array of the
/// conversation's activities in order, each as it was logged.
/// </summary>
public sealed class TranscriptExporter(TranscriptConnectionFactory connections, TranscriptSchema schema)
{
    private const int ReadChunk = 500;

    /// <returns>How many activities were written; 0 means the conversation is unknown and "[]" was written.</returns>
    public async Task<int> ExportAsync(
        string channelId, string conversationId, Stream output, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(output);

        (channelId, conversationId) = ColumnFit.Conversation(channelId, conversationId);
        await schema.EnsureCreatedAsync(cancellationToken);
        await using var db = connections.Open();
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented };
        await json.WriteStartArrayAsync(cancellationToken);

        var count = 0;
        var after = 0L;
        while (true)
        {
            var rows = await (
                    from c in db.Conversations
                    join a in db.Activities on c.Id equals a.ConversationRowId
                    where c.ChannelId == channelId && c.ConversationId == conversationId && a.Sequence > after
                    orderby a.Sequence
                    select new { a.Sequence, a.ActivityJson })
                .Take(ReadChunk)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                // Verbatim: re-parsing would rewrite timestamps in Newtonsoft's own format.
                await json.WriteRawValueAsync(row.ActivityJson, cancellationToken);
                after = row.Sequence;
                count++;
            }

            if (rows.Count < ReadChunk)
            {
                break;
            }
        }

        await json.WriteEndArrayAsync(cancellationToken);
        await json.FlushAsync(cancellationToken);
        return count;
    }
}
