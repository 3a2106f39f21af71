namespace ChatBot.Storage.Transcripts.Data;

/// <summary>Which engine holds the transcripts; the linq2db code is the same, only DDL and locking differ.</summary>
public enum TranscriptDatabaseKind
{
    /// <summary>MySQL or MariaDB through MySqlConnector (<c>ConnectionStrings:Transcripts</c> set).</summary>
    MySql,

    /// <summary>A local SQLite file, the embedded default.</summary>
    Sqlite,
}
