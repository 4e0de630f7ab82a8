using System.Text.Json;

namespace NewsBot.Testing.OpenAi;

/// <summary>An embeddings request body as the stand-in reads it; <see cref="Problem"/> says why it would be refused.</summary>
internal sealed record EmbeddingsCall(string? Model, IReadOnlyList<string> Inputs, string? EncodingFormat, int? Dimensions, EmbeddingsCall.Refusal? Problem)
{
    public static EmbeddingsCall Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return Refused("The request body is not valid JSON.", null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refused("The request body must be a JSON object.", null);
            }

            var model = Text(root, "model");
            var format = Text(root, "encoding_format");
            int? dimensions = root.TryGetProperty("dimensions", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null;
            var (inputs, inputProblem) = ReadInputs(root);
            var problem = string.IsNullOrEmpty(model) ? new Refusal("You must provide a model parameter.", "model")
                : inputProblem is not null ? new Refusal(inputProblem, "input")
                : format is not (null or "float" or "base64") ? new Refusal($"'{format}' is not a valid encoding_format; use 'float' or 'base64'.", "encoding_format")
                : null;
            return new EmbeddingsCall(model, inputs, format, dimensions, problem);
        }
    }

    private static EmbeddingsCall Refused(string message, string? param) => new(null, [], null, null, new Refusal(message, param));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (IReadOnlyList<string> Inputs, string? Problem) ReadInputs(JsonElement root)
    {
        if (!root.TryGetProperty("input", out var input))
        {
            return ([], "You must provide an input parameter.");
        }

        List<string> texts = input.ValueKind switch
        {
            JsonValueKind.String => [input.GetString()!],
            JsonValueKind.Array when input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. input.EnumerateArray().Select(e => e.GetString()!)],
            _ => [],
        };
        if (input.ValueKind is not (JsonValueKind.String or JsonValueKind.Array) || (input.ValueKind == JsonValueKind.Array && texts.Count != input.GetArrayLength()))
        {
            return ([], "input must be a string or an array of strings (this stand-in does not take token arrays).");
        }

        return texts.Count == 0 ? (texts, "input must not be an empty array.")
            : texts.Count > 2048 ? (texts, "input must hold at most 2048 items.")
            : texts.Any(t => t.Length == 0) ? (texts, "input must not contain empty strings.")
            : (texts, null);
    }

    /// <summary>Why a request is refused, and which field.</summary>
    internal sealed record Refusal(string Message, string? Param);
}
