using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Embedding;

/// <summary>Which embedder turns passages into vectors (section <c>NewsBot:Embedding</c>).</summary>
public sealed class EmbeddingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Embedding";

    /// <summary><c>Hashing</c> (offline default) or <c>OpenAI</c> (any OpenAI-compatible endpoint: OpenAI, Ollama, vLLM, …).</summary>
    [Required(ErrorMessage = "NewsBot:Embedding:Provider is required.")]
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.Hashing;

    /// <summary>Vector size. For OpenAI-compatible models it must be the model's size (or one it can shorten to).</summary>
    [Range(16, 8192, ErrorMessage = "NewsBot:Embedding:Dimensions must be between {1} and {2}.")]
    public int Dimensions { get; set; } = 384;

    /// <summary>Base address of the OpenAI-compatible API, e.g. <c>http://localhost:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Embedding model name, e.g. <c>text-embedding-3-small</c> or <c>nomic-embed-text</c>.</summary>
    public string? Model { get; set; }

    /// <summary>API key; never logged. Local servers may accept any value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Passages sent in one request.</summary>
    [Range(1, 2048, ErrorMessage = "NewsBot:Embedding:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 64;
}
