using System.Numerics.Tensors;
using NewsBot.Ingestion.Embedding;

namespace NewsBot.Ingestion.Tests.Embedding;

/// <summary>The offline semantic embedder, run on the model its package carries.</summary>
public sealed class MiniLmEmbeddingGeneratorTests
{
    private readonly CancellationToken token = TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenerateAsync_Paraphrase_CloserThanAnUnrelatedSentence()
    {
        using var embedder = new MiniLmEmbeddingGenerator(encoders: 2);

        var vectors = await embedder.GenerateAsync(
            [
                "How high did the river rise?",
                "The river peaked at 4.1 metres, the highest level on record.",
                "The library reopened with a solar roof.",
            ],
            cancellationToken: token);

        Assert.All(vectors, v => Assert.Equal(384, v.Vector.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, TensorPrimitives.Norm(v.Vector.Span), 3));
        var paraphrase = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var unrelated = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[2].Vector.Span);
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public async Task GenerateAsync_ManyTextsSplitAcrossEncoders_SameVectorsInTheSameOrder()
    {
        using var embedder = new MiniLmEmbeddingGenerator(encoders: 2);
        var texts = Enumerable.Range(0, 40).Select(i => $"Passage {i} about the ferry strike and the harbour.").ToArray();

        var together = await embedder.GenerateAsync(texts, cancellationToken: token);
        var alone = await embedder.GenerateAsync([texts[37]], cancellationToken: token);

        Assert.Equal(40, together.Count);
        Assert.Equal(alone[0].Vector.ToArray(), together[37].Vector.ToArray(), (a, b) => Math.Abs(a - b) < 1e-4f);
    }
}
