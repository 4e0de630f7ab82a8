using System.ComponentModel.DataAnnotations;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>The OpenAI-compatible chat model that writes answers and summaries (section <c>NewsBot:Chat</c>).</summary>
public sealed class ChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Chat";

    /// <summary>The API base address, e.g. <c>https://api.openai.com/v1</c>; unset means no model (extractive answers).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model or deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>The API key, sent as a bearer token; may be empty for a local server. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The folder of prompt directories; relative paths are read from the app's folder.</summary>
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Most tokens of passages given to the model for one answer (counted with cl100k_base).</summary>
    [Range(200, 200_000, ErrorMessage = "NewsBot:Chat:ContextTokens must be between {1} and {2}.")]
    public int ContextTokens { get; set; } = 3000;

    /// <summary>Most passages taken from one article, so that other outlets get room.</summary>
    [Range(1, 10, ErrorMessage = "NewsBot:Chat:PassagesPerArticle must be between {1} and {2}.")]
    public int PassagesPerArticle { get; set; } = 2;

    /// <summary>Most articles retrieved for one answer.</summary>
    [Range(1, 20, ErrorMessage = "NewsBot:Chat:MaxArticles must be between {1} and {2}.")]
    public int MaxArticles { get; set; } = 6;

    /// <summary>Seconds a whole answer may take, retries included, before the extractive answer is given instead.</summary>
    [Range(1, 600, ErrorMessage = "NewsBot:Chat:TimeoutSeconds must be between {1} and {2}.")]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries of a request answered 429 or 5xx (or not answered), with exponential backoff.</summary>
    [Range(0, 10, ErrorMessage = "NewsBot:Chat:MaxRetries must be between {1} and {2}.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Milliseconds before the first retry; each later retry waits about twice as long (a server's Retry-After wins).</summary>
    [Range(1, 60_000, ErrorMessage = "NewsBot:Chat:RetryDelayMilliseconds must be between {1} and {2}.")]
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>Whether a model is configured: an endpoint is set.</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(Endpoint);
}
