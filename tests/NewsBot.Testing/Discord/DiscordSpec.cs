using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord;

/// <summary>
/// Discord's OpenAPI 3.1 description of REST v10 (<c>../shared/specs/discord-openapi.json</c>), used to check the
/// bodies a client sent against the request schema of the operation they were sent to. Where the description disagrees
/// with Discord's documentation the documentation wins: message <c>content</c> is at most 2000 characters, and
/// <c>default_member_permissions</c> is a string of digits.
/// </summary>
public sealed class DiscordSpec
{
    private static readonly Lazy<DiscordSpec> Shared = new(() => new DiscordSpec(File.ReadAllText(SharedFolder.Require("specs", "discord-openapi.json"))));
    private readonly JsonObject document;
    private readonly SchemaValidator validator;

    private DiscordSpec(string json)
    {
        document = JsonNode.Parse(json)!.AsObject();
        ApplyDocumentedLimits(document);
        validator = new SchemaValidator(document);
    }

    /// <summary>The spec, loaded once; skips the calling test when the shared folder or the file is absent.</summary>
    public static DiscordSpec Load()
    {
        SharedFolder.Require("specs", "discord-openapi.json");
        return Shared.Value;
    }

    /// <summary>The problems with a recorded request's JSON body; empty when it fits (or the operation takes no body).</summary>
    public IReadOnlyList<string> Check(RecordedRequest request) => Check(request.Method, request.Path, request.Json);

    /// <summary>The problems with <paramref name="body"/> as the body of <paramref name="method"/> <paramref name="path"/> (below <c>/api/v10</c>).</summary>
    public IReadOnlyList<string> Check(string method, string path, JsonNode? body)
    {
        var operation = Operation(method, path);
        if (operation is null)
        {
            return [$"{method} {path}: no such operation in Discord's API description"];
        }

        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        if (schema is null)
        {
            return body is null ? [] : [$"{method} {path}: the operation takes no JSON body"];
        }

        var problems = new List<string>();
        var copy = body is null ? null : JsonNode.Parse(body.ToJsonString());
        validator.Validate(copy, schema, "body", problems);
        return problems;
    }

    private JsonObject? Operation(string method, string path)
    {
        var paths = document["paths"]!.AsObject();
        var template = paths
            .Where(p => RouteTemplate.TryMatch(p.Key, path, out _) && p.Value?[method.ToLowerInvariant()] is not null)
            .OrderByDescending(p => RouteTemplate.Literals(p.Key))
            .Select(p => p.Key)
            .FirstOrDefault();
        return template is null ? null : paths[template]![method.ToLowerInvariant()] as JsonObject;
    }

    private static void ApplyDocumentedLimits(JsonObject document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (_, schema) in schemas)
        {
            if (schema?["properties"] is not JsonObject properties)
            {
                continue;
            }

            if (properties["content"] is JsonObject content && content["maxLength"] is not null)
            {
                content["maxLength"] = 2000;
            }

            if (properties["default_member_permissions"] is JsonObject permissions && permissions["type"]?.ToJsonString().Contains("integer", StringComparison.Ordinal) == true)
            {
                properties["default_member_permissions"] = new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                    ["pattern"] = "^[0-9]+$",
                };
            }
        }
    }
}
