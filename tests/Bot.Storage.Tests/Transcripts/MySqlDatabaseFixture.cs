using MySqlConnector;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>A database of its own for one test class on the shared test MariaDB, dropped afterwards.</summary>
public sealed class MySqlDatabaseFixture : IAsyncLifetime
{
    private readonly string _name = "transcripts_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var server = new MySqlConnectionStringBuilder(TestEnvironment.MySqlConnectionString);
        await using (var connection = new MySqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new MySqlCommand(
                $"CREATE DATABASE `{_name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", connection);
            await command.ExecuteNonQueryAsync();
        }

        server.Database = _name;
        ConnectionString = server.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        MySqlConnection.ClearAllPools();
        var server = new MySqlConnectionStringBuilder(TestEnvironment.MySqlConnectionString);
        await using var connection = new MySqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"DROP DATABASE IF EXISTS `{_name}`", connection);
        await command.ExecuteNonQueryAsync();
    }
}
