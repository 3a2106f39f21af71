using LinqToDB;
using LinqToDB.Data;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>A linq2db connection to the transcript database, MySQL or SQLite alike.</summary>
internal sealed class TranscriptDb(DataOptions options) : DataConnection(options)
{
    public ITable<ConversationRow> Conversations => this.GetTable<ConversationRow>();

    public ITable<ActivityRow> Activities => this.GetTable<ActivityRow>();

    public ITable<TicketRow> Tickets => this.GetTable<TicketRow>();

    public ITable<SchemaVersionRow> SchemaVersions => this.GetTable<SchemaVersionRow>();
}
