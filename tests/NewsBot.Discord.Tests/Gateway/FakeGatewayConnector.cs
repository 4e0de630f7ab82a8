using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Hands out <see cref="FakeGatewayConnection"/>s and lets the test take each as it opens.</summary>
internal sealed class FakeGatewayConnector : IGatewayConnector
{
    private readonly Channel<FakeGatewayConnection> opened = Channel.CreateUnbounded<FakeGatewayConnection>();

    public Task<IGatewayConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var connection = new FakeGatewayConnection(url);
        opened.Writer.TryWrite(connection);
        return Task.FromResult<IGatewayConnection>(connection);
    }

    public async Task<FakeGatewayConnection> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await opened.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when no connection opens within a short real wait.</summary>
    public async Task<bool> OpensNothingAsync()
    {
        await Task.Delay(150);
        return !opened.Reader.TryPeek(out _);
    }
}
