using System.Text.Json;

namespace NewsBot.Testing.OpenAi;

/// <summary>A chat completions request body as the stand-in reads it; <see cref="Problem"/> says why it would be refused.</summary>
internal sealed record ChatCall(
    string? Model,
    IReadOnlyList<(string Role, string Content)> Messages,
    bool Stream,
    bool IncludeUsage,
    double? Temperature,
    int? MaxTokens,
    string? Problem)
{
    public static ChatCall Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Refused("The request body must be a JSON object.");
            }

            var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var messages = root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(Message).ToList()
                : [];
            var stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
            var usage = root.TryGetProperty("stream_options", out var o) && o.ValueKind == JsonValueKind.Object
                && o.TryGetProperty("include_usage", out var u) && u.ValueKind == JsonValueKind.True;
            double? temperature = root.TryGetProperty("temperature", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null;
            int? maxTokens = root.TryGetProperty("max_completion_tokens", out var mc) && mc.ValueKind == JsonValueKind.Number ? mc.GetInt32()
                : root.TryGetProperty("max_tokens", out var mt) && mt.ValueKind == JsonValueKind.Number ? mt.GetInt32() : null;
            var problem = string.IsNullOrEmpty(model) ? "You must provide a model parameter."
                : messages.Count == 0 ? "messages must be a non-empty array."
                : messages.Any(x => x.Role is not ("system" or "developer" or "user" or "assistant" or "tool")) ? "Every message needs a role of system, developer, user, assistant or tool."
                : null;
            return new ChatCall(model, messages, stream, usage, temperature, maxTokens, problem);
        }
        catch (JsonException)
        {
            return Refused("The request body is not valid JSON.");
        }
    }

    private static (string Role, string Content) Message(JsonElement message)
    {
        var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        if (!message.TryGetProperty("content", out var content))
        {
            return (role, "");
        }

        var text = content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.TryGetProperty("type", out var type) && type.GetString() == "text")
                .Select(p => p.GetProperty("text").GetString())),
            _ => "",
        };
        return (role, text);
    }

    private static ChatCall Refused(string problem) => new(null, [], false, false, null, null, problem);
}
