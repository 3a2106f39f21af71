namespace ChatBot.Storage.Transcripts.Data;

/// <summary>
/// Every schema version, oldest first. Append new versions; never edit one that has shipped.
/// MySQL: utf8mb4 everywhere, binary collation so ids compare exactly, DATETIME(3) in UTC (bug B15).
/// </summary>
internal static class SchemaMigrations
{
    private const string MySqlTable = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new SchemaMigration(
            1,
            "conversations, activities and support tickets",
            [
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Conversations} (
                    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    channel_id VARCHAR(64) NOT NULL,
                    conversation_id VARCHAR(512) NOT NULL,
                    user_id VARCHAR(256) NULL,
                    first_activity_at DATETIME(3) NOT NULL,
                    last_activity_at DATETIME(3) NOT NULL,
                    activity_count BIGINT NOT NULL,
                    UNIQUE KEY ux_conversations_channel_conversation (channel_id, conversation_id),
                    KEY ix_conversations_channel_id (channel_id, id),
                    KEY ix_conversations_channel_user (channel_id, user_id),
                    KEY ix_conversations_last_activity (last_activity_at)
                ) {MySqlTable}
                """,
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Activities} (
                    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    record_id CHAR(32) NOT NULL,
                    conversation_row_id BIGINT NOT NULL,
                    sequence BIGINT NOT NULL,
                    activity_id VARCHAR(256) NULL,
                    type VARCHAR(64) NOT NULL,
                    timestamp_utc DATETIME(3) NOT NULL,
                    local_offset_minutes SMALLINT NULL,
                    from_id VARCHAR(256) NULL,
                    from_name VARCHAR(256) NULL,
                    from_role VARCHAR(32) NULL,
                    recipient_id VARCHAR(256) NULL,
                    text MEDIUMTEXT NULL,
                    activity_json LONGTEXT NOT NULL,
                    UNIQUE KEY ux_activities_record (record_id),
                    UNIQUE KEY ux_activities_conversation_sequence (conversation_row_id, sequence),
                    KEY ix_activities_from (from_id),
                    KEY ix_activities_recipient (recipient_id)
                ) {MySqlTable}
                """,
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Tickets} (
                    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    channel_id VARCHAR(64) NOT NULL,
                    conversation_id VARCHAR(512) NOT NULL,
                    user_id VARCHAR(256) NOT NULL,
                    name VARCHAR(256) NOT NULL,
                    email VARCHAR(320) NOT NULL,
                    category VARCHAR(64) NOT NULL,
                    description TEXT NOT NULL,
                    created_at DATETIME(3) NOT NULL,
                    KEY ix_tickets_channel_user (channel_id, user_id),
                    KEY ix_tickets_created (created_at)
                ) {MySqlTable}
                """,
            ],
            [
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Conversations} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    channel_id TEXT NOT NULL,
                    conversation_id TEXT NOT NULL,
                    user_id TEXT NULL,
                    first_activity_at TEXT NOT NULL,
                    last_activity_at TEXT NOT NULL,
                    activity_count INTEGER NOT NULL
                )
                """,
                $"CREATE UNIQUE INDEX IF NOT EXISTS ux_conversations_channel_conversation "
                    + $"ON {TableNames.Conversations} (channel_id, conversation_id)",
                $"CREATE INDEX IF NOT EXISTS ix_conversations_channel_id "
                    + $"ON {TableNames.Conversations} (channel_id, id)",
                $"CREATE INDEX IF NOT EXISTS ix_conversations_channel_user "
                    + $"ON {TableNames.Conversations} (channel_id, user_id)",
                $"CREATE INDEX IF NOT EXISTS ix_conversations_last_activity "
                    + $"ON {TableNames.Conversations} (last_activity_at)",
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Activities} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    record_id TEXT NOT NULL,
                    conversation_row_id INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    activity_id TEXT NULL,
                    type TEXT NOT NULL,
                    timestamp_utc TEXT NOT NULL,
                    local_offset_minutes INTEGER NULL,
                    from_id TEXT NULL,
                    from_name TEXT NULL,
                    from_role TEXT NULL,
                    recipient_id TEXT NULL,
                    text TEXT NULL,
                    activity_json TEXT NOT NULL
                )
                """,
                $"CREATE UNIQUE INDEX IF NOT EXISTS ux_activities_record ON {TableNames.Activities} (record_id)",
                $"CREATE UNIQUE INDEX IF NOT EXISTS ux_activities_conversation_sequence "
                    + $"ON {TableNames.Activities} (conversation_row_id, sequence)",
                $"CREATE INDEX IF NOT EXISTS ix_activities_from ON {TableNames.Activities} (from_id)",
                $"CREATE INDEX IF NOT EXISTS ix_activities_recipient ON {TableNames.Activities} (recipient_id)",
                $"""
                CREATE TABLE IF NOT EXISTS {TableNames.Tickets} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    channel_id TEXT NOT NULL,
                    conversation_id TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL,
                    category TEXT NOT NULL,
                    description TEXT NOT NULL,
                    created_at TEXT NOT NULL
                )
                """,
                $"CREATE INDEX IF NOT EXISTS ix_tickets_channel_user ON {TableNames.Tickets} (channel_id, user_id)",
                $"CREATE INDEX IF NOT EXISTS ix_tickets_created ON {TableNames.Tickets} (created_at)",
            ]),
    ];

    public static string CreateVersionTable(TranscriptDatabaseKind kind) => kind == TranscriptDatabaseKind.MySql
        ? $"""
          CREATE TABLE IF NOT EXISTS {TableNames.SchemaVersions} (
              version INT NOT NULL PRIMARY KEY,
              description VARCHAR(200) NOT NULL,
              applied_at DATETIME(3) NOT NULL
          ) {MySqlTable}
          """
        : $"""
          CREATE TABLE IF NOT EXISTS {TableNames.SchemaVersions} (
              version INTEGER NOT NULL PRIMARY KEY,
              description TEXT NOT NULL,
              applied_at TEXT NOT NULL
          )
          """;
}
