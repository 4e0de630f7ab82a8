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

    /// <summary>False for a question about something absent from the corpus: the right outcome is a decline.</summary>
    [JsonPropertyName("answerable")]
    public bool? Answerable { get; init; }

    /// <summary>The gold answer, or null when the line has none.</summary>
    [JsonIgnore]
    public string? Gold => string.IsNullOrWhiteSpace(Answer) ? null : Answer;

    /// <summary>The evidence article ids; empty when the line names none.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Evidence => EvidenceArticleIds ?? [];

    /// <summary>Whether the line marks the question as unanswerable from the corpus.</summary>
    [JsonIgnore]
    public bool Unanswerable => Answerable == false;
}
