using Grpc.AspNetCore.Server.Model;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Binds <c>qdrant.Qdrant/HealthCheck</c> to <see cref="QdrantHealthService"/>.</summary>
internal sealed class HealthMethods : IServiceMethodProvider<QdrantHealthService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<QdrantHealthService> context) =>
        MethodBinding.Unary<QdrantHealthService, HealthCheckRequest, HealthCheckReply>(context, global::Qdrant.Client.Grpc.Qdrant.Descriptor, "HealthCheck", (s, r, c) => s.HealthCheck(r, c));
}
