using System.Globalization;
using ChatBot.Dialogs.Handoff;
using ChatBot.Storage.Transcripts.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ChatBot.Bot.Admin;

/// <summary>
/// Operator endpoints under <c>/api/admin/</c>, each guarded by <c>Admin:ApiKey</c>. Ids travel in the query
/// string: Teams conversation ids hold characters that do not survive a path segment.
/// </summary>
public static class AdminApi
{
    private const int MaxTickets = 1_000;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var apiKey = endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return endpoints;
        }

        var admin = endpoints.MapGroup("/api/admin").AddEndpointFilter(new ApiKeyFilter(apiKey));
        admin.MapGet("/conversations", ListConversationsAsync);
        admin.MapGet("/conversations/activities", GetActivitiesAsync);
        admin.MapGet("/conversations/export", ExportAsync);
        admin.MapDelete("/conversations", DeleteConversationAsync);
        admin.MapDelete("/users", DeleteUserAsync);
        admin.MapPost("/purge", PurgeAsync);
        admin.MapGet("/tickets", ListTicketsAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<PagedResult<TranscriptInfo>>, BadRequest<string>>> ListConversationsAsync(
        string channel, string? continuationToken, ITranscriptStore store)
    {
        try
        {
            return TypedResults.Ok(await store.ListTranscriptsAsync(channel, continuationToken));
        }
        catch (ArgumentException exception)
        {
            return TypedResults.BadRequest(exception.Message);
        }
    }

    private static async Task<Results<ContentHttpResult, BadRequest<string>>> GetActivitiesAsync(
        string channel, string id, string? continuationToken, ITranscriptStore store)
    {
        try
        {
            // The SDK's activities are Newtonsoft-shaped; System.Text.Json would lose their extension data.
            var page = await store.GetTranscriptActivitiesAsync(channel, id, continuationToken);
            return TypedResults.Content(JsonConvert.SerializeObject(page), "application/json");
        }
        catch (ArgumentException exception)
        {
            return TypedResults.BadRequest(exception.Message);
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportAsync(
        string channel, string id, TranscriptExporter exporter, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var count = await exporter.ExportAsync(channel, id, buffer, cancellationToken);
        if (count == 0)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(buffer.ToArray(), "application/json", TranscriptFileName(id));
    }

    private static async Task<NoContent> DeleteConversationAsync(string channel, string id, ITranscriptStore store)
    {
        await store.DeleteTranscriptAsync(channel, id);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UserDeletionResult>> DeleteUserAsync(
        string channel, string id, TranscriptMaintenance maintenance, CancellationToken cancellationToken) =>
        TypedResults.Ok(await maintenance.DeleteUserAsync(channel, id, cancellationToken));

    private static async Task<Results<Ok<int>, BadRequest<string>>> PurgeAsync(
        int olderThanDays, TranscriptMaintenance maintenance, CancellationToken cancellationToken)
    {
        if (olderThanDays < 1)
        {
            return TypedResults.BadRequest("olderThanDays must be 1 or more.");
        }

        return TypedResults.Ok(await maintenance.PurgeAsync(TimeSpan.FromDays(olderThanDays), cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<SupportTicket>>> ListTicketsAsync(
        int? limit, ITicketStore tickets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tickets.ListAsync(Math.Clamp(limit ?? 50, 1, MaxTickets), cancellationToken));

    internal static string TranscriptFileName(string conversationId)
    {
        var safe = new string(conversationId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')
            .ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{safe[..Math.Min(safe.Length, 80)]}.transcript");
    }
}
