using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>Article-level retrieval metrics over the questions that name evidence articles.</summary>
internal sealed record EvalReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("k")] int K,
    [property: JsonPropertyName("hits@1")] double HitsAt1,
    [property: JsonPropertyName("hits@4")] double HitsAt4,
    [property: JsonPropertyName("hits@10")] double HitsAt10,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("hits@k")] double HitsAtK,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("misses")] IReadOnlyList<EvalMiss> Misses);
