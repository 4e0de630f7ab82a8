using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Chunking;

/// <summary>How articles are cut into passages (section <c>NewsBot:Chunking</c>).</summary>
public sealed class ChunkingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Chunking";

    /// <summary>Most tokens in one passage (cl100k tokens).</summary>
    [Range(32, 4000, ErrorMessage = "NewsBot:Chunking:MaxTokens must be between {1} and {2}.")]
    public int MaxTokens { get; set; } = 128;

    /// <summary>Tokens of trailing sentences repeated at the start of the next passage.</summary>
    [Range(0, 2000, ErrorMessage = "NewsBot:Chunking:OverlapTokens must be between {1} and {2}.")]
    public int OverlapTokens { get; set; } = 32;
}
