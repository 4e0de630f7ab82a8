using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Records dispatches; can be told to hang on one type, as a badly written handler would.</summary>
internal sealed class RecordingDispatchHandler : IDispatchHandler
{
    private readonly Channel<GatewayDispatch> seen = Channel.CreateUnbounded<GatewayDispatch>();

    public string? HangOn { get; init; }

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        seen.Writer.TryWrite(dispatch);
        if (dispatch.Type == HangOn)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    public async Task<GatewayDispatch> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await seen.Reader.ReadAsync(timeout.Token);
    }
}
