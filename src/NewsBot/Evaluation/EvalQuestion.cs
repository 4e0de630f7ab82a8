using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>One line of a questions file (RealTimeQA layout).</summary>
internal sealed record EvalQuestion
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("question")]
    public string? Question { get; init; }

    [JsonPropertyName("answer")]
    public string? Answer { get; init; }

    [JsonPropertyName("question_date")]
    public string? QuestionDate { get; init; }

    [JsonPropertyName("evidence_article_ids")]
    public IReadOnlyList<string>? EvidenceArticleIds { get; init; }
}
