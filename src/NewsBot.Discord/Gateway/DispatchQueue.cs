using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Hands dispatches to the <see cref="IDispatchHandler"/> in the order they came, on its own task, so a slow or failing
/// handler never holds up the receive loop (and with it the heartbeat acknowledgements).
/// </summary>
internal sealed class DispatchQueue(IDispatchHandler handler, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan SlowHandler = TimeSpan.FromSeconds(1);
    private readonly Channel<GatewayDispatch> queue = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });

    public void Post(GatewayDispatch dispatch) => queue.Writer.TryWrite(dispatch);

    public void Complete() => queue.Writer.TryComplete();

    /// <summary>Runs until <see cref="Complete"/> has been called and the queue is empty, or until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var dispatch in queue.Reader.ReadAllAsync(cancellationToken))
        {
            var started = time.GetTimestamp();
            try
            {
                await handler.HandleAsync(dispatch, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.DispatchFailed(logger, dispatch.Type, exception);
            }

            var elapsed = time.GetElapsedTime(started);
            if (elapsed > SlowHandler)
            {
                Log.DispatchSlow(logger, dispatch.Type, elapsed);
            }
        }
    }
}
