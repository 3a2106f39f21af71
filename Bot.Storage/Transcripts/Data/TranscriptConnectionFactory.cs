using LinqToDB;
using LinqToDB.DataProvider.MySql;
using LinqToDB.DataProvider.SQLite;

namespace ChatBot.Storage.Transcripts.Data;

/// <summary>Opens linq2db connections to the configured transcript database.</summary>
public sealed class TranscriptConnectionFactory
{
    private readonly DataOptions _options;

    private TranscriptConnectionFactory(TranscriptDatabaseKind kind, DataOptions options, string description)
    {
        Kind = kind;
        _options = options;
        Description = description;
    }

    public TranscriptDatabaseKind Kind { get; }

    /// <summary>Where the data lives, without secrets, for logs and health reports.</summary>
    public string Description { get; }

    /// <summary>MySQL or MariaDB. linq2db picks MySqlConnector (not MySql.Data) because it is named here.</summary>
    public static TranscriptConnectionFactory ForMySql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var builder = new MySqlConnector.MySqlConnectionStringBuilder(connectionString)
        {
            // Emoji and other 4-byte characters need utf8mb4 on the wire too, not only in the tables.
            CharacterSet = "utf8mb4",
        };
        var options = new DataOptions().UseMySql(
            builder.ConnectionString, MySqlVersion.MariaDB10, MySqlProvider.MySqlConnector);
        return new TranscriptConnectionFactory(
            TranscriptDatabaseKind.MySql, options, $"mysql://{builder.Server}:{builder.Port}/{builder.Database}");
    }

    /// <summary>A SQLite file, created with its folder when missing.</summary>
    public static TranscriptConnectionFactory ForSqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var options = new DataOptions().UseSQLite(connectionString, SQLiteProvider.Microsoft);
        return new TranscriptConnectionFactory(TranscriptDatabaseKind.Sqlite, options, $"sqlite://{fullPath}");
    }

    internal TranscriptDb Open() => new(_options);
}
