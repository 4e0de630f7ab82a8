using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Retrieval;

/// <summary>Tuning of hybrid retrieval (section <c>NewsBot:Retrieval</c>).</summary>
public sealed class RetrievalOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Retrieval";

    /// <summary>Chunks taken from each of the lexical and the vector search before fusion.</summary>
    [Range(10, 2000, ErrorMessage = "NewsBot:Retrieval:CandidatePool must be between {1} and {2}.")]
    public int CandidatePool { get; set; } = 150;

    /// <summary>Share of a passage's relevance that comes from the keyword search; the rest comes from the vector search.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Retrieval:LexicalWeight must be between {1} and {2}.")]
    public double LexicalWeight { get; set; } = 0.6;

    /// <summary>Factor for a match in an article's first passage (half as much extra for the second).</summary>
    [Range(1.0, 4.0, ErrorMessage = "NewsBot:Retrieval:LeadBoost must be between {1} and {2}.")]
    public double LeadBoost { get; set; } = 2.0;

    /// <summary>Days after which an article's recency preference has halved.</summary>
    [Range(0.5, 3650, ErrorMessage = "NewsBot:Retrieval:RecencyHalfLifeDays must be between {1} and {2}.")]
    public double RecencyHalfLifeDays { get; set; } = 21;

    /// <summary>How much recency weighs: 0 ignores dates; with w the newest article gains at most a factor 1/(1−w) over a very old one.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Retrieval:RecencyWeight must be between {1} and {2}.")]
    public double RecencyWeight { get; set; } = 0.6;

    /// <summary>Factor applied to articles outside a time phrase's window ("this week", "yesterday").</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Retrieval:OutsideWindowFactor must be between {1} and {2}.")]
    public double OutsideWindowFactor { get; set; } = 0.25;
}
