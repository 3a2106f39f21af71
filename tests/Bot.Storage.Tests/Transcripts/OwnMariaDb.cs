using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Storage.Tests.Transcripts;

/// <summary>
/// A private MariaDB that a test may stop and start (never the shared test server), run with the functions of
/// scripts/services.sh; stop_mariadb ends it by the PID in its own PID file.
/// </summary>
internal sealed class OwnMariaDb : IAsyncDisposable
{
    public const string PortVariable = "CHATBOT_TEST_MARIADB_OUTAGE_PORT";

    private readonly string _name;

    public OwnMariaDb(string name)
    {
        // The PID file and data folder are per name: a unique name keeps parallel runs apart.
        _name = $"{name}-{Guid.NewGuid().ToString("N")[..8]}";
        Port = int.TryParse(Environment.GetEnvironmentVariable(PortVariable), CultureInfo.InvariantCulture, out var p)
            ? p
            : FreeLoopbackPort();
    }

    /// <summary>A port nobody listens on now, so that parallel runs of this test on one machine never
    /// collide.</summary>
    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"Server=127.0.0.1;Port={Port};Database=chatbot;User ID=chatbot;Password=chatbot;Connection Timeout=3";

    public Task StartAsync() => RunAsync($"start_mariadb {_name} {Port}");

    public Task StopAsync() => RunAsync($"stop_mariadb {_name}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        var local = Environment.GetEnvironmentVariable("CHATBOT_LOCAL") is { Length: > 0 } set
            ? set
            : Path.Combine(TestEnvironment.RepositoryRoot, ".local");
        var folder = Path.Combine(local, "mariadb-" + _name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAsync(string function)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"source scripts/services.sh && {function}"])
        {
            WorkingDirectory = TestEnvironment.RepositoryRoot,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("bash did not start; it is needed to run scripts/services.sh");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{function}' failed with {process.ExitCode}: {await stderr}");
        }
    }
}
