using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>Article-level retrieval metrics over the questions that name evidence articles, and answer metrics over those with gold answers.</summary>
internal sealed record EvalReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("k")] int K,
    [property: JsonPropertyName("hits@1")] double HitsAt1,
    [property: JsonPropertyName("hits@4")] double HitsAt4,
    [property: JsonPropertyName("hits@10")] double HitsAt10,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("hits@k")] double HitsAtK,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("misses")] IReadOnlyList<EvalMiss> Misses)
{
    /// <summary>Share of answers whose text contains the normalised gold answer; null without gold answers.</summary>
    [JsonPropertyName("answerContainsGold")]
    public double? AnswerContainsGold { get; init; }

    /// <summary>Share of answers citing at least one evidence article.</summary>
    [JsonPropertyName("citationHit")]
    public double? CitationHit { get; init; }

    /// <summary>Mean share of an answer's cited articles that are evidence (answers with citations).</summary>
    [JsonPropertyName("citationPrecision")]
    public double? CitationPrecision { get; init; }

    /// <summary>Share of questions the answerer declined.</summary>
    [JsonPropertyName("declineRate")]
    public double? DeclineRate { get; init; }
}
