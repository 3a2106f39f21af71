using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;

namespace ChatBot.Bot.DirectLine;

/// <summary>
/// The WebSocket stream of a local conversation: sends every activity after the watermark as an activity set,
/// then each new one as it arrives, and an empty message every <see cref="KeepAlive"/> so proxies keep it open.
/// </summary>
internal static class LocalDirectLineStream
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static async Task AcceptAsync(
        HttpContext context, string conversationId, DirectLineTokenIssuer tokens, LocalConversationStore store)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Browsers cannot set headers on a WebSocket, so the token travels in the query (as with Azure's streamUrl).
        var grant = tokens.ReadValid(context.Request.Query["t"].ToString());
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (grant is null || grant.ConversationId != conversationId
            || store.Find(conversationId) is not { } conversation)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = DrainUntilClosedAsync(socket, closing);
        var watermark = LocalDirectLineApi.ParseWatermark(context.Request.Query["watermark"].ToString());

        try
        {
            while (socket.State == WebSocketState.Open && !closing.IsCancellationRequested)
            {
                var (activities, next) = conversation.ReadAfter(watermark);
                if (activities.Count > 0 || next != watermark)
                {
                    var set = LocalDirectLineApi.ActivitySet(activities, next).ToString(Formatting.None);
                    await socket.SendAsync(Encoding.UTF8.GetBytes(set), WebSocketMessageType.Text, true, closing.Token);
                    watermark = next;
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closing.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    await conversation.WaitForActivityAfterAsync(watermark, wait.Token);
                }
                catch (OperationCanceledException) when (!closing.IsCancellationRequested)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, closing.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to tell it.
        }

        await closing.CancelAsync();
        await receiving;
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed from our side or dropped by the client.
        }
        finally
        {
            await closing.CancelAsync();
        }
    }
}
