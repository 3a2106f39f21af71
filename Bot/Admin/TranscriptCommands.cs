using System.Globalization;
using System.Text.Json;
using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Store;
using Microsoft.Bot.Builder;

namespace ChatBot.Bot.Admin;

/// <summary>
/// The operator endpoints as command-line verbs: <c>dotnet run --project Bot -- transcripts VERB ARGS</c>.
/// Results go to standard output as JSON lines, or the transcript itself for <c>export</c> without a file.
/// </summary>
public static class TranscriptCommands
{
    public const string Usage = """
        usage: ChatBot.Bot transcripts list <channel> [continuationToken]
                                       export <channel> <conversationId> [file.transcript]
                                       delete <channel> <conversationId>
                                       delete-user <channel> <userId>
                                       purge <olderThanDays>
                                       tickets [limit]
        """;

    /// <returns>The process exit code: 0 done, 1 nothing found, 2 bad arguments.</returns>
    public static async Task<int> RunAsync(
        IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        switch (args)
        {
            case ["list", var channel, .. var rest] when rest.Length <= 1:
                var page = await services.GetRequiredService<ITranscriptStore>()
                    .ListTranscriptsAsync(channel, rest.FirstOrDefault());
                foreach (var item in page.Items)
                {
                    await WriteJsonAsync(output, new { item.ChannelId, item.Id, item.Created });
                }

                await WriteJsonAsync(output, new { page.ContinuationToken });
                return 0;
            case ["export", var channel, var conversation, .. var rest] when rest.Length <= 1:
                return await ExportAsync(services, channel, conversation, rest.FirstOrDefault(), output,
                    cancellationToken);
            case ["delete", var channel, var conversation]:
                await services.GetRequiredService<ITranscriptStore>().DeleteTranscriptAsync(channel, conversation);
                return 0;
            case ["delete-user", var channel, var user]:
                await WriteJsonAsync(output, await services.GetRequiredService<TranscriptMaintenance>()
                    .DeleteUserAsync(channel, user, cancellationToken));
                return 0;
            case ["purge", var days] when int.TryParse(days, CultureInfo.InvariantCulture, out var d) && d >= 1:
                var purged = await services.GetRequiredService<TranscriptMaintenance>()
                    .PurgeAsync(TimeSpan.FromDays(d), cancellationToken);
                await WriteJsonAsync(output, new { purged });
                return 0;
            case ["tickets", .. var rest] when rest.Length <= 1:
                var limit = rest.Length == 1 && int.TryParse(rest[0], CultureInfo.InvariantCulture, out var l) ? l : 50;
                foreach (var ticket in await services.GetRequiredService<ITicketStore>()
                    .ListAsync(limit, cancellationToken))
                {
                    await WriteJsonAsync(output, ticket);
                }

                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ExportAsync(
        IServiceProvider services,
        string channel,
        string conversation,
        string? file,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var exporter = services.GetRequiredService<TranscriptExporter>();
        using var buffer = new MemoryStream();
        var count = await exporter.ExportAsync(channel, conversation, buffer, cancellationToken);
        if (count == 0)
        {
            await Console.Error.WriteLineAsync($"export: no conversation '{conversation}' in channel '{channel}'.");
            return 1;
        }

        if (file is null)
        {
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).AsMemory(),
                cancellationToken);
            await output.WriteLineAsync();
            return 0;
        }

        await File.WriteAllBytesAsync(file, buffer.ToArray(), cancellationToken);
        await WriteJsonAsync(output, new { file, activities = count });
        return 0;
    }

    private static Task WriteJsonAsync<T>(TextWriter output, T value) =>
        output.WriteLineAsync(JsonSerializer.Serialize(value));
}
