using Grpc.AspNetCore.Server.Model;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Binds the served <c>qdrant.Collections</c> methods to <see cref="QdrantCollectionsService"/>.</summary>
internal sealed class CollectionsMethods : IServiceMethodProvider<QdrantCollectionsService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<QdrantCollectionsService> context)
    {
        var service = Collections.Descriptor;
        MethodBinding.Unary<QdrantCollectionsService, CreateCollection, CollectionOperationResponse>(context, service, "Create", (s, r, c) => s.Create(r, c));
        MethodBinding.Unary<QdrantCollectionsService, GetCollectionInfoRequest, GetCollectionInfoResponse>(context, service, "Get", (s, r, c) => s.Get(r, c));
        MethodBinding.Unary<QdrantCollectionsService, ListCollectionsRequest, ListCollectionsResponse>(context, service, "List", (s, r, c) => s.List(r, c));
        MethodBinding.Unary<QdrantCollectionsService, CollectionExistsRequest, CollectionExistsResponse>(context, service, "CollectionExists", (s, r, c) => s.CollectionExists(r, c));
        MethodBinding.Unary<QdrantCollectionsService, UpdateCollection, CollectionOperationResponse>(context, service, "Update", (s, r, c) => s.Update(r, c));
        MethodBinding.Unary<QdrantCollectionsService, DeleteCollection, CollectionOperationResponse>(context, service, "Delete", (s, r, c) => s.Delete(r, c));
        MethodBinding.Unary<QdrantCollectionsService, ChangeAliases, CollectionOperationResponse>(context, service, "UpdateAliases", (s, r, c) => s.UpdateAliases(r, c));
        MethodBinding.Unary<QdrantCollectionsService, ListAliasesRequest, ListAliasesResponse>(context, service, "ListAliases", (s, r, c) => s.ListAliases(r, c));
        MethodBinding.Unary<QdrantCollectionsService, ListCollectionAliasesRequest, ListAliasesResponse>(context, service, "ListCollectionAliases", (s, r, c) => s.ListCollectionAliases(r, c));
        MethodBinding.Unary<QdrantCollectionsService, CollectionClusterInfoRequest, CollectionClusterInfoResponse>(context, service, "CollectionClusterInfo", (s, r, c) => s.CollectionClusterInfo(r, c));
    }
}
