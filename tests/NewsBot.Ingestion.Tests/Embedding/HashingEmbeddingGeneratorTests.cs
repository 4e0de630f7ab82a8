using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using NewsBot.Ingestion.Embedding;

namespace NewsBot.Ingestion.Tests.Embedding;

public sealed class HashingEmbeddingGeneratorTests
{
    private readonly HashingEmbeddingGenerator embedder = new(384);

    [Fact]
    public async Task GenerateAsync_SameText_SameUnitVector()
    {
        var a = await embedder.GenerateVectorAsync("Snow crab harvest cancelled in Alaska", cancellationToken: TestContext.Current.CancellationToken);
        var b = await new HashingEmbeddingGenerator(384).GenerateVectorAsync("Snow crab harvest cancelled in Alaska", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.Equal(384, a.Length);
        Assert.Equal(1.0, TensorPrimitives.Norm(a.Span), 3);
    }

    [Fact]
    public async Task GenerateAsync_RelatedTexts_CloserThanUnrelated()
    {
        var vectors = await embedder.GenerateAsync(
            ["Why was the snow crab season canceled?", "Alaska cancels snow crab harvest after crabs disappear", "Apple unveils a new iPhone camera"],
            cancellationToken: TestContext.Current.CancellationToken);

        var related = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var unrelated = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[2].Vector.Span);
        Assert.True(related > unrelated + 0.1, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public void GetService_Metadata_NamesModelAndDimensions()
    {
        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(HashingEmbeddingGenerator.Name, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }
}
