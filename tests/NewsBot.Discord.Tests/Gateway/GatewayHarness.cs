using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A running <see cref="GatewayClient"/> over fake connections, on a fake clock, with a fixed jitter.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "gateway-test-token";
    private readonly CancellationTokenSource stopping = new();

    public GatewayHarness(double jitter = 0.25, RecordingDispatchHandler? handler = null, GatewayUrlRest? rest = null, int shardId = 0, int shardCount = 1)
    {
        Handler = handler ?? new RecordingDispatchHandler();
        var options = Options.Create(new DiscordOptions { Token = Token, Intents = 33281, ShardId = shardId, ShardCount = shardCount });
        Client = new GatewayClient(rest ?? new GatewayUrlRest(), Connector, Handler, options, Time, Logs, new FixedRandom(jitter));
        Run = Client.RunAsync(stopping.Token);
    }

    public FakeTimeProvider Time { get; } = new();

    public FakeGatewayConnector Connector { get; } = new();

    /// <summary>What the client logged.</summary>
    public FakeLogger<GatewayClient> Logs { get; } = new();

    public RecordingDispatchHandler Handler { get; }

    public GatewayClient Client { get; }

    public Task Run { get; }

    /// <summary>Opens a connection, says Hello, and returns it with the client's identify (or resume).</summary>
    public async Task<(FakeGatewayConnection Connection, System.Text.Json.JsonElement First)> ConnectAsync(int intervalMs = 1000)
    {
        var connection = await Connector.NextAsync();
        connection.Hello(intervalMs);
        return (connection, await connection.NextSentAsync());
    }

    /// <summary>Connects, identifies and receives READY (sequence 1) as the handler sees it.</summary>
    public async Task<FakeGatewayConnection> ReadyAsync(int intervalMs = 1000)
    {
        var (connection, _) = await ConnectAsync(intervalMs);
        connection.Ready();
        Assert.Equal("READY", (await Handler.NextAsync()).Type);
        return connection;
    }

    public Task StopAsync() => stopping.CancelAsync();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // The test looked at how the run ended, or did not care.
        }

        stopping.Dispose();
    }
}
