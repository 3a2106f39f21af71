using System.Net.Http.Headers;

namespace ChatBot.Bench.LoadGenerator.Targets;

/// <summary>The HTTP plumbing both targets share: one pooled client, JSON posts, errors sorted into kinds.</summary>
public abstract class HttpTurnTarget(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected HttpClient Http { get; } = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>A client for one run: as many connections as virtual users, no proxy, no cookies.</summary>
    public static HttpClient CreateClient(Uri baseAddress, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);

        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout };
    }

    /// <summary>Posts <paramref name="body"/> and hands the status and body to <paramref name="judge"/>.</summary>
    protected async Task<TurnOutcome> PostAsync(
        string path, byte[] body, Func<int, byte[], TurnOutcome> judge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(judge);

        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await Http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return judge((int)response.StatusCode, bytes);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TurnOutcome(ErrorKinds.Timeout, 0);
        }
        catch (HttpRequestException)
        {
            return new TurnOutcome(ErrorKinds.Transport, 0);
        }
    }
}
