using Grpc.AspNetCore.Server.Model;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Binds the served <c>qdrant.Points</c> methods to <see cref="QdrantPointsService"/>; the deprecated Search family is left unbound (Unimplemented).</summary>
internal sealed class PointsMethods : IServiceMethodProvider<QdrantPointsService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<QdrantPointsService> context)
    {
        var service = Points.Descriptor;
        MethodBinding.Unary<QdrantPointsService, UpsertPoints, PointsOperationResponse>(context, service, "Upsert", (s, r, c) => s.Upsert(r, c));
        MethodBinding.Unary<QdrantPointsService, DeletePoints, PointsOperationResponse>(context, service, "Delete", (s, r, c) => s.Delete(r, c));
        MethodBinding.Unary<QdrantPointsService, SetPayloadPoints, PointsOperationResponse>(context, service, "SetPayload", (s, r, c) => s.SetPayload(r, c));
        MethodBinding.Unary<QdrantPointsService, CreateFieldIndexCollection, PointsOperationResponse>(context, service, "CreateFieldIndex", (s, r, c) => s.CreateFieldIndex(r, c));
        MethodBinding.Unary<QdrantPointsService, DeleteFieldIndexCollection, PointsOperationResponse>(context, service, "DeleteFieldIndex", (s, r, c) => s.DeleteFieldIndex(r, c));
        MethodBinding.Unary<QdrantPointsService, GetPoints, GetResponse>(context, service, "Get", (s, r, c) => s.Get(r, c));
        MethodBinding.Unary<QdrantPointsService, ScrollPoints, ScrollResponse>(context, service, "Scroll", (s, r, c) => s.Scroll(r, c));
        MethodBinding.Unary<QdrantPointsService, CountPoints, CountResponse>(context, service, "Count", (s, r, c) => s.Count(r, c));
        MethodBinding.Unary<QdrantPointsService, QueryPoints, QueryResponse>(context, service, "Query", (s, r, c) => s.Query(r, c));
        MethodBinding.Unary<QdrantPointsService, QueryBatchPoints, QueryBatchResponse>(context, service, "QueryBatch", (s, r, c) => s.QueryBatch(r, c));
    }
}
