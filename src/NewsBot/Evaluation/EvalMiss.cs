using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>A question whose evidence was not ranked first: where it came (0 when not in the top k) and what came first.</summary>
internal sealed record EvalMiss(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("first")] string? First);
