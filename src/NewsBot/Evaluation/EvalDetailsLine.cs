using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Cli;

namespace NewsBot.Evaluation;

/// <summary>One question's outcome as a JSON line of the <c>--details</c> file, for reading failures one by one.</summary>
internal static class EvalDetailsLine
{
    /// <summary>The file is read by people, not embedded in a page: quotes, apostrophes and accents stay as they are.</summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(EvalOutcome outcome)
    {
        var answer = outcome.Answer;
        var node = new JsonObject
        {
            ["id"] = outcome.Question.Id,
            ["question"] = outcome.Question.Question,
            ["askedAt"] = answer.AskedAt.ToString("O", CultureInfo.InvariantCulture),
            ["answer"] = answer.Text,
            ["declined"] = answer.Declined,
            ["citations"] = AnswerFormatter.Citations(answer.Citations),
            ["evidenceRank"] = outcome.EvidenceRank is >= 1 and <= 10 ? outcome.EvidenceRank : null,
            ["gold"] = outcome.Question.Gold,
            ["containsGold"] = outcome.ContainsGold,
            ["supported"] = outcome.Supported,
            ["words"] = outcome.Words,
        };
        return node.ToJsonString(Json);
    }
}
