using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace MexcTrader.Web.Simulator.WebSocket;

/// <summary>The simulator's /ws: MEXC's JSON control frames in, protobuf pushes out; /ws?listenKey=… for the user stream.</summary>
internal static class WebSocketEndpoint
{
    public static void Map(WebApplication app, SimulatorSockets sockets, ListenKeys keys)
    {
        app.UseWebSockets();
        app.Map("/ws", (HttpContext context) => AcceptAsync(context, sockets, keys));
    }

    private static async Task AcceptAsync(HttpContext context, SimulatorSockets sockets, ListenKeys keys)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var listenKey = context.Request.Query["listenKey"].ToString();
        if (listenKey.Length > 0 && !keys.IsValid(listenKey))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var client = new SimulatorSocket(socket, isPrivate: listenKey.Length > 0);
        sockets.Add(client);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var writing = client.WriteLoopAsync(closing.Token);
        try
        {
            await ReadLoopAsync(socket, client, sockets, closing.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // the client went away or the fault switch dropped it
        }
        finally
        {
            sockets.Remove(client);
            client.Abort();
            await closing.CancelAsync().ConfigureAwait(false);
            try
            {
                await writing.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                // already closed
            }
        }
    }

    private static async Task ReadLoopAsync(
        System.Net.WebSockets.WebSocket socket,
        SimulatorSocket client,
        SimulatorSockets sockets,
        CancellationToken ct
    )
    {
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
                message.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            client.Push(Reply(message.ToArray(), client, sockets), binary: false);
        }
    }

    private static byte[] Reply(byte[] request, SimulatorSocket client, SimulatorSockets sockets)
    {
        string method;
        long id = 0;
        List<string> channels = [];
        try
        {
            using var doc = JsonDocument.Parse(request);
            var root = doc.RootElement;
            method = root.GetProperty("method").GetString() ?? "";
            if (root.TryGetProperty("id", out var idValue) && idValue.TryGetInt64(out var parsed))
            {
                id = parsed;
            }
            if (root.TryGetProperty("params", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                channels = [.. list.EnumerateArray().Select(p => p.GetString() ?? "")];
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Json(0, 1, "Invalid JSON request");
        }
        switch (method.ToUpperInvariant())
        {
            case "PING":
                sockets.CountPing();
                return Json(0, 0, "PONG");
            case "SUBSCRIPTION":
                var (taken, refused) = client.Subscribe(channels);
                sockets.Subscribed(taken);
                return refused.Count == 0
                    ? Json(id, 0, string.Join(',', taken))
                    : Json(id, 0, $"Not Subscribed successfully! [{string.Join(',', refused)}].  Reason： Blocked!");
            case "UNSUBSCRIPTION":
                client.Unsubscribe(channels);
                return Json(id, 0, string.Join(',', channels));
            default:
                return Json(id, 1, $"Unknown method {method}");
        }
    }

    private static byte[] Json(long id, int code, string msg) =>
        Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(
                new Dictionary<string, object>
                {
                    ["id"] = id,
                    ["code"] = code,
                    ["msg"] = msg,
                }
            )
        );
}
