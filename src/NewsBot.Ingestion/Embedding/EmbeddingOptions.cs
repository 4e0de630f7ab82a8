using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Embedding;

/// <summary>Which embedder turns passages into vectors (section <c>NewsBot:Embedding</c>).</summary>
public sealed class EmbeddingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Embedding";

    /// <summary>
    /// <c>MiniLM</c> (offline semantic default), <c>Hashing</c> (offline, no model) or <c>OpenAI</c> (any
    /// OpenAI-compatible endpoint: OpenAI, Ollama, vLLM, …).
    /// </summary>
    [Required(ErrorMessage = "NewsBot:Embedding:Provider is required.")]
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.MiniLM;

    /// <summary>Vector size. For OpenAI-compatible models it must be the model's size (or one it can shorten to).</summary>
    [Range(16, 8192, ErrorMessage = "NewsBot:Embedding:Dimensions must be between {1} and {2}.")]
    public int Dimensions { get; set; } = 384;

    /// <summary>Base address of the OpenAI-compatible API, e.g. <c>http://localhost:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Embedding model name, e.g. <c>text-embedding-3-small</c> or <c>nomic-embed-text</c>.</summary>
    public string? Model { get; set; }

    /// <summary>API key; never logged. Local servers may accept any value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The embedding cache shared by every store and run; empty means <c>$XDG_CACHE_HOME/newsbot/embeddings.db</c>
    /// (or the platform's cache folder), <c>none</c> turns the cache off. A relative path is resolved against the current directory.
    /// </summary>
    public string? CachePath { get; set; }

    /// <summary>Passages sent in one request.</summary>
    [Range(1, 2048, ErrorMessage = "NewsBot:Embedding:BatchSize must be between {1} and {2}.")]
    public int BatchSize { get; set; } = 64;

    /// <summary>The cache file to use, or null when the cache is off.</summary>
    public string? ResolveCachePath()
    {
        if (string.Equals(CachePath, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(CachePath))
        {
            return CachePath;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(root) || !System.IO.Path.IsPathRooted(root))
        {
            root = OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return System.IO.Path.Combine(root, "newsbot", "embeddings.db");
    }
}
