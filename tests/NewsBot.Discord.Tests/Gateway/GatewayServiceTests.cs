using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayServiceTests
{
    [Fact]
    public async Task ExecuteAsync_TokenRejected_RecordsOutcomeAndStopsHost()
    {
        var connector = new FakeGatewayConnector();
        var options = Options.Create(new DiscordOptions { Token = "t" });
        var client = new GatewayClient(new GatewayUrlRest(), connector, new RecordingDispatchHandler(), options, new FakeTimeProvider(), NullLogger<GatewayClient>.Instance, new FixedRandom(0.5));
        var outcome = new ServeOutcome();
        var lifetime = new StoppingLifetime();
        using var service = new GatewayService(client, outcome, lifetime, NullLogger<GatewayService>.Instance);

        await service.StartAsync(TestContext.Current.CancellationToken);
        var connection = await connector.NextAsync();
        connection.Hello();
        connection.ServerClose(4004);
        await lifetime.Stopped.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(ServeOutcome.BadSettings, outcome.ExitCode);
        Assert.Equal("Discord rejected the bot token (close code 4004); check NewsBot:Discord:Token", outcome.Failure);
    }

    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Stopped => stopped.Task;

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => stopped.TrySetResult();
    }
}
