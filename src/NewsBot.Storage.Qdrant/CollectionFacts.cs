using NewsBot.Core.Storage;

namespace NewsBot.Storage.Qdrant;

/// <summary>What a collection records about how it was written: the embedder of its vectors and the average passage length its keyword weights were normalised against.</summary>
internal sealed record CollectionFacts(EmbedderSignature Embedder, float AverageLength);
