using System.Text.Json;
using ChatBot.Bench.LoadGenerator;
using ChatBot.Bench.LoadGenerator.Reporting;
using ChatBot.Bench.LoadGenerator.Running;

// A console tool: its output is the product, so it writes to the console directly.
var json = new JsonSerializerOptions { WriteIndented = true };
try
{
    if (args is ["table", .. var rows])
    {
        Console.Write(ComparisonTable.Build(rows, json));
        return 0;
    }

    if (args is ["--help"] or ["-h"])
    {
        Console.WriteLine(LoadOptions.Usage);
        return 0;
    }

    var options = LoadOptions.Parse(args);
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };

    // 256 virtual users start at once; a thread pool that grows one thread at a time would be measured instead.
    ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), 64);
    await Console.Error.WriteLineAsync(TextReport.Header);
    var report = await LoadRunner.RunAsync(options, Console.Error, cancel.Token);
    var output = JsonSerializer.Serialize(report, json);
    if (options.JsonPath == "-")
    {
        Console.WriteLine(output);
    }
    else
    {
        Console.Write(TextReport.Describe(report));
        if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, output);
        }
    }

    return 0;
}
catch (ArgumentException bad)
{
    await Console.Error.WriteLineAsync(bad.Message);
    return 2;
}
