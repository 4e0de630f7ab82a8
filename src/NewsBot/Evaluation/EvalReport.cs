using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>
/// Article-level retrieval metrics over the questions that name evidence articles (null when none does), answer
/// metrics over those with gold answers, and the share of unanswerable questions declined.
/// </summary>
internal sealed record EvalReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("k")] int K,
    [property: JsonPropertyName("hits@1")] double? HitsAt1,
    [property: JsonPropertyName("hits@4")] double? HitsAt4,
    [property: JsonPropertyName("hits@10")] double? HitsAt10,
    [property: JsonPropertyName("mrr@10")] double? MrrAt10,
    [property: JsonPropertyName("hits@k")] double? HitsAtK,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("misses")] IReadOnlyList<EvalMiss> Misses)
{
    /// <summary>Questions scored for retrieval: those naming evidence articles.</summary>
    [JsonPropertyName("retrievalQuestions")]
    public int RetrievalQuestions { get; init; }

    /// <summary>Questions scored for answers: those with a gold answer.</summary>
    [JsonPropertyName("answerQuestions")]
    public int AnswerQuestions { get; init; }

    /// <summary>Questions marked <c>"answerable": false</c>.</summary>
    [JsonPropertyName("unanswerableQuestions")]
    public int UnanswerableQuestions { get; init; }

    /// <summary>Share of answers whose text contains the normalised gold answer; null without gold answers.</summary>
    [JsonPropertyName("answerContainsGold")]
    public double? AnswerContainsGold { get; init; }

    /// <summary>Share of answers given (not declined) citing at least one article whose text contains the normalised gold answer.</summary>
    [JsonPropertyName("citationSupport")]
    public double? CitationSupport { get; init; }

    /// <summary>Share of answers citing at least one evidence article.</summary>
    [JsonPropertyName("citationHit")]
    public double? CitationHit { get; init; }

    /// <summary>Mean share of an answer's cited articles that are evidence (answers with citations).</summary>
    [JsonPropertyName("citationPrecision")]
    public double? CitationPrecision { get; init; }

    /// <summary>Share of questions with a gold answer that the answerer declined.</summary>
    [JsonPropertyName("declineRate")]
    public double? DeclineRate { get; init; }

    /// <summary>Share of unanswerable questions that the answerer declined; null without such questions.</summary>
    [JsonPropertyName("declinedRight")]
    public double? DeclinedRight { get; init; }

    /// <summary>Mean word count of the answers given (not declined), <c>[n]</c> markers left out.</summary>
    [JsonPropertyName("meanWords")]
    public double? MeanWords { get; init; }
}
