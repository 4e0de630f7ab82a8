using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// The gRPC channel to Qdrant and the official client over it. The channel takes answers of up to
/// <see cref="MaxResponseBytes"/> (gRPC's default, 4 MB, is less than one question's batch holds with a large candidate
/// pool), and the API key travels in the <c>api-key</c> header of every call, as Qdrant's clients send it.
/// </summary>
internal sealed class QdrantConnection : IDisposable
{
    /// <summary>The largest answer taken: a batch of 2,000 dense and 4,000 keyword candidates with their text fits.</summary>
    public const int MaxResponseBytes = 64 * 1024 * 1024;

    private readonly GrpcChannel _channel;

    public QdrantConnection(Uri url, string? apiKey, TimeSpan timeout)
    {
        _channel = GrpcChannel.ForAddress(url, new GrpcChannelOptions { MaxReceiveMessageSize = MaxResponseBytes });
        var invoker = _channel.CreateCallInvoker();
        if (!string.IsNullOrEmpty(apiKey))
        {
            invoker = invoker.Intercept(headers =>
            {
                headers.Add("api-key", apiKey);
                return headers;
            });
        }

        Client = new QdrantClient(new QdrantGrpcClient(invoker), timeout);
    }

    public QdrantClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _channel.Dispose();
    }
}
