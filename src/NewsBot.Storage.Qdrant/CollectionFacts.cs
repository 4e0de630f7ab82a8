using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Storage.Qdrant;

/// <summary>
/// What a collection records about how it was written: the embedder of its vectors and the average passage length its
/// keyword weights were normalised against (none in a collection made before the weights were, whose keyword ranking
/// differs from the embedded store's until it is rebuilt).
/// </summary>
internal sealed record CollectionFacts(EmbedderSignature Embedder, float? RecordedAverageLength)
{
    /// <summary>The average length new passages are written against: the recorded one, else <see cref="Bm25.TypicalLength"/>.</summary>
    public float AverageLength => RecordedAverageLength ?? Bm25.TypicalLength;
}
