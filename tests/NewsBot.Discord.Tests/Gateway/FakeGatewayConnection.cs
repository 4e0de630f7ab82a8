using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>An in-memory gateway connection: the test plays Discord's side.</summary>
internal sealed class FakeGatewayConnection(Uri url) : IGatewayConnection
{
    private readonly Channel<GatewayFrame> inbound = Channel.CreateUnbounded<GatewayFrame>();
    private readonly Channel<JsonElement> sent = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Url { get; } = url;

    /// <summary>The close code the client sent, once it closed.</summary>
    public Task<int> Closed => closed.Task;

    public void Send(string json) => inbound.Writer.TryWrite(GatewayFrame.Message(Encoding.UTF8.GetBytes(json)));

    public void Hello(int intervalMs = 1000) => Send($$$"""{"op":10,"d":{"heartbeat_interval":{{{intervalMs}}}}}""");

    public void Ready(long seq = 1, string session = "session-1", string resumeUrl = "wss://resume.test") =>
        Send($$$"""{"op":0,"s":{{{seq}}},"t":"READY","d":{"session_id":"{{{session}}}","resume_gateway_url":"{{{resumeUrl}}}","user":{"id":"1"} }}""");

    public void Dispatch(string type, long seq) => Send($$$"""{"op":0,"s":{{{seq}}},"t":"{{{type}}}","d":{"id":"{{{seq}}}"}}""");

    public void ServerClose(int code) => inbound.Writer.TryWrite(GatewayFrame.Close(code, "test"));

    /// <summary>The next payload the client sent (waits a real few seconds at most).</summary>
    public async Task<JsonElement> NextSentAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await sent.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Every payload the client sent until it goes quiet for a short real wait.</summary>
    public async Task<List<JsonElement>> DrainAsync()
    {
        var payloads = new List<JsonElement>();
        do
        {
            while (sent.Reader.TryRead(out var payload))
            {
                payloads.Add(payload);
            }
        }
        while (!await SendsNothingAsync());

        return payloads;
    }

    /// <summary>True when the client sends nothing within a short real wait.</summary>
    public async Task<bool> SendsNothingAsync()
    {
        await Task.Delay(150);
        return !sent.Reader.TryPeek(out _);
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(payload);
        sent.Writer.TryWrite(document.RootElement.Clone());
        return Task.CompletedTask;
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken) => await inbound.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(int status, string reason, CancellationToken cancellationToken)
    {
        closed.TrySetResult(status);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
