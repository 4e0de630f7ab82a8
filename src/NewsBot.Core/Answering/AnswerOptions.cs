using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Answering;

/// <summary>How the extractive answerer chooses and declines (section <c>NewsBot:Answering</c>).</summary>
public sealed class AnswerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "NewsBot:Answering";

    /// <summary>Least share of the question's keyword weight the best article's best sentence (with its headline) must hold, else the answerer declines.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:MinCoverage must be between {1} and {2}.")]
    public double MinCoverage { get; set; } = 0.35;

    /// <summary>Least cosine between a sentence and the question at which the sentence answers in other words.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:MinSimilarity must be between {1} and {2}.")]
    public double MinSimilarity { get; set; } = 0.55;

    /// <summary>
    /// When a thing the question names is in no indexed article, the least cosine between it and some word of the
    /// answering article for the answer still to stand (the word being a paraphrase, not a thing the news does not cover).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:UnknownWordSimilarity must be between {1} and {2}.")]
    public double UnknownWordSimilarity { get; set; } = 0.6;

    /// <summary>Most words an answer quotes (the first sentence is always given whole).</summary>
    [Range(20, 400, ErrorMessage = "NewsBot:Answering:MaxWords must be between {1} and {2}.")]
    public int MaxWords { get; set; } = 75;

    /// <summary>Another article is cited only when its retrieval score is at least this share of the best article's.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:SecondSourceRatio must be between {1} and {2}.")]
    public double SecondSourceRatio { get; set; } = 0.6;

    /// <summary>
    /// The same for an article from an outlet not yet cited: lower, because giving each outlet's side of an event
    /// is worth a citation that a second article from the same outlet is not.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:OtherOutletRatio must be between {1} and {2}.")]
    public double OtherOutletRatio { get; set; } = 0.4;

    /// <summary>
    /// An article scored at least this share of the best is also cited when its best sentence answers the question
    /// at least as well as the best article's: retrieval cannot tell near-identical reports of one event apart, the
    /// sentences can.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:FullerSourceRatio must be between {1} and {2}.")]
    public double FullerSourceRatio { get; set; } = 0.55;

    /// <summary>Most articles cited in one answer.</summary>
    [Range(1, 10, ErrorMessage = "NewsBot:Answering:MaxSources must be between {1} and {2}.")]
    public int MaxSources { get; set; } = 3;

    /// <summary>Most sentences taken from the best article.</summary>
    [Range(1, 5, ErrorMessage = "NewsBot:Answering:SentencesFromBest must be between {1} and {2}.")]
    public int SentencesFromBest { get; set; } = 2;

    /// <summary>Whether the citation check drops a sentence left with no valid citation (else it is kept without a marker).</summary>
    public bool DropUncitedSentences { get; set; } = true;

    /// <summary>Least share of a sentence's key words (besides its figures) that a passage it cites must hold, else the citation is dropped.</summary>
    [Range(0.0, 1.0, ErrorMessage = "NewsBot:Answering:MinCitedTermShare must be between {1} and {2}.")]
    public double MinCitedTermShare { get; set; } = 0.3;
}
