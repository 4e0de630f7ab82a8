using NewsBot.Testing.Qdrant;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace NewsBot.Storage.Qdrant.Tests.StandIn;

/// <summary>The real QdrantClient pointed at a stand-in, and the small collection the stand-in tests share.</summary>
internal static class StandInClient
{
    public const string Dense = "dense";
    public const string Sparse = "sparse";

    public static QdrantClient For(QdrantStandIn standIn, string? apiKey = null, TimeSpan? timeout = null) =>
        new(standIn.Url, apiKey, timeout ?? TimeSpan.FromSeconds(30));

    /// <summary>Creates <paramref name="name"/> with a 4-number Cosine vector "dense" and an IDF sparse vector "sparse".</summary>
    public static Task CreateNewsCollectionAsync(QdrantClient client, string name, Dictionary<string, Value>? metadata = null) =>
        client.CreateCollectionAsync(
            name,
            new VectorParamsMap { Map = { [Dense] = new VectorParams { Size = 4, Distance = Distance.Cosine } } },
            metadata ?? [],
            sparseVectorsConfig: new SparseVectorConfig { Map = { [Sparse] = new SparseVectorParams { Modifier = Modifier.Idf } } },
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>A point with a dense vector, sparse terms (index → weight) and an outlet and date payload.</summary>
    public static PointStruct Point(ulong id, float[] dense, (uint Index, float Weight)[] terms, string outlet, string published = "2026-11-01T08:00:00Z") => new()
    {
        Id = id,
        Vectors = new Dictionary<string, Vector>
        {
            [Dense] = dense,
            [Sparse] = (terms.Select(t => t.Weight).ToArray(), terms.Select(t => t.Index).ToArray()),
        },
        Payload = { ["outlet"] = outlet, ["published"] = published, ["article_id"] = $"a{id}" },
    };

    public static Query SparseQuery(params (uint Index, float Weight)[] terms) =>
        new() { Nearest = new VectorInput { Sparse = new SparseVector { Indices = { terms.Select(t => t.Index) }, Values = { terms.Select(t => t.Weight) } } } };
}
