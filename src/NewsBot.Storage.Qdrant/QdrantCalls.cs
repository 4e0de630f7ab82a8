using Grpc.Core;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// Runs calls to Qdrant: retries the transient failures (unavailable, timed out, overloaded, aborted) with doubling
/// back-off, and turns every failure into a <see cref="StoreUnavailableException"/> whose message is one sentence
/// naming the setting to check. Never puts the API key in a message.
/// </summary>
internal sealed class QdrantCalls(string url, string collection, TimeProvider time, ILogger logger)
{
    private const int Attempts = 4;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var backoff = FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (RpcException ex) when (IsTransient(ex) && attempt < Attempts && !cancellationToken.IsCancellationRequested)
            {
                Log.Retrying(logger, operation, ex.StatusCode.ToString(), attempt, (long)backoff.TotalMilliseconds);
                await Task.Delay(backoff, time, cancellationToken);
                backoff *= 2;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException ex)
            {
                Log.CallFailed(logger, operation, ex.StatusCode.ToString());
                throw Unavailable(ex);
            }
            catch (HttpRequestException ex)
            {
                Log.CallFailed(logger, operation, "HttpRequestException");
                throw new StoreUnavailableException(
                    $"Qdrant at {url} cannot be reached ({ex.Message.TrimEnd('.')}); start it or fix NewsBot:Storage:Qdrant:Url.", ex);
            }
        }
    }

    public Task RunAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(operation, async token =>
        {
            await call(token);
            return true;
        }, cancellationToken);

    /// <summary>Whether Qdrant answered that the collection (or alias) does not exist.</summary>
    public static bool IsMissingCollection(RpcException ex) =>
        ex.StatusCode == StatusCode.NotFound
        || (ex.StatusCode == StatusCode.InvalidArgument && ex.Status.Detail.Contains("doesn't exist", StringComparison.OrdinalIgnoreCase));

    private static bool IsTransient(RpcException ex) =>
        ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted;

    private StoreUnavailableException Unavailable(RpcException ex)
    {
        var detail = ex.Status.Detail.TrimEnd('.', ' ');
        var message = ex.StatusCode switch
        {
            StatusCode.Unavailable => $"Qdrant at {url} is unavailable ({detail}); start it or fix NewsBot:Storage:Qdrant:Url.",
            StatusCode.DeadlineExceeded => $"Qdrant at {url} did not answer in time; check its load or raise NewsBot:Storage:Qdrant:TimeoutSeconds.",
            StatusCode.Unauthenticated or StatusCode.PermissionDenied =>
                $"Qdrant at {url} refused the API key; set NewsBot:Storage:Qdrant:ApiKey to the key Qdrant was started with.",
            StatusCode.ResourceExhausted => $"Qdrant at {url} is overloaded ({detail}); try again later.",
            _ when IsMissingCollection(ex) =>
                $"Qdrant at {url} has no collection '{collection}'; run 'newsbot index' to create it, or fix NewsBot:Storage:Qdrant:Collection.",
            _ => $"Qdrant at {url} refused a request on collection '{collection}' ({ex.StatusCode}: {detail}).",
        };
        return new StoreUnavailableException(message, ex);
    }
}
