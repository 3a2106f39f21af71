using System.Globalization;

namespace ChatBot.Bench.LoadGenerator.Probes;

/// <summary>
/// Samples the resident memory (<c>VmRSS</c>, summed over the processes) every 100 ms while a level runs, and
/// reads their CPU time from <c>/proc/PID/stat</c>, so the bot's memory peak and CPU per turn are on record.
/// </summary>
public sealed class ProcessProbe(IReadOnlyList<int> pids) : IAsyncDisposable
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux this runs on
    private readonly IReadOnlyList<int> _pids = pids ?? throw new ArgumentNullException(nameof(pids));
    private CancellationTokenSource? _sampling;
    private Task? _sampler;
    private long _peakRssBytes;

    public bool Enabled => _pids.Count > 0;

    public long PeakRssBytes => Interlocked.Read(ref _peakRssBytes);

    /// <summary>Starts a new peak; returns the processes' CPU seconds so far.</summary>
    public double Start()
    {
        _peakRssBytes = RssBytes();
        _sampling = new CancellationTokenSource();
        _sampler = SampleAsync(_sampling.Token);
        return CpuSeconds();
    }

    /// <summary>Stops sampling; returns the processes' CPU seconds so far.</summary>
    public async Task<double> StopAsync()
    {
        if (_sampling is not null && _sampler is not null)
        {
            await _sampling.CancelAsync();
            await _sampler;
            _sampling.Dispose();
            _sampling = null;
        }

        return CpuSeconds();
    }

    /// <summary>The largest resident set the processes ever had (<c>VmHWM</c>, summed).</summary>
    public long HighWaterMarkBytes() => _pids.Sum(p => StatusKilobytes(p, "VmHWM:") * 1024);

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var rss = RssBytes();
                if (rss > _peakRssBytes)
                {
                    Interlocked.Exchange(ref _peakRssBytes, rss);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The level ended.
        }
    }

    private long RssBytes() => _pids.Sum(p => StatusKilobytes(p, "VmRSS:") * 1024);

    private double CpuSeconds() => _pids.Sum(CpuTicks) / TicksPerSecond;

    private static long StatusKilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status")
                .FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0
                : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long CpuTicks(int pid)
    {
        try
        {
            // Fields after "(comm) ": state is the first; utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture)
                + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
