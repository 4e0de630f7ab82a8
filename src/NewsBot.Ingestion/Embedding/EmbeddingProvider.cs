namespace NewsBot.Ingestion.Embedding;

/// <summary>The embedders NewsBot can use.</summary>
public enum EmbeddingProvider
{
    /// <summary>Offline hashed n-grams.</summary>
    Hashing,

    /// <summary>An OpenAI-compatible <c>/embeddings</c> endpoint.</summary>
    OpenAI,
}
