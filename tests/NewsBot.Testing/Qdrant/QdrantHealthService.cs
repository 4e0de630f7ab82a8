using Grpc.Core;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary><c>qdrant.Qdrant</c>: the health check, answering Qdrant's title and the version the stand-in plays.</summary>
public class QdrantHealthService(QdrantStandInOptions options)
{
    public virtual Task<HealthCheckReply> HealthCheck(HealthCheckRequest request, ServerCallContext context) =>
        Task.FromResult(new HealthCheckReply { Title = "qdrant - vector search engine", Version = options.Version });
}
