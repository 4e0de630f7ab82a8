namespace NewsBot.Ingestion.Embedding;

/// <summary>The embedders NewsBot can use.</summary>
public enum EmbeddingProvider
{
    /// <summary>Offline semantic embeddings: all-MiniLM-L6-v2 run locally by ONNX Runtime.</summary>
    MiniLM,

    /// <summary>Offline hashed n-grams: no model, for tests and tiny machines.</summary>
    Hashing,

    /// <summary>An OpenAI-compatible <c>/embeddings</c> endpoint.</summary>
    OpenAI,
}
