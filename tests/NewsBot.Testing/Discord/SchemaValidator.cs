using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.Discord;

/// <summary>
/// A small JSON Schema (OpenAPI 3.1) checker for request bodies: <c>$ref</c>, <c>type</c> (with type lists),
/// <c>enum</c>, <c>const</c>, string and number bounds, <c>pattern</c>, arrays, objects (<c>properties</c>,
/// <c>required</c>, <c>additionalProperties</c>), <c>allOf</c>, and <c>anyOf</c>/<c>oneOf</c> as "some branch fits"
/// (reporting the closest branch's problems). Formats are not checked.
/// </summary>
internal sealed class SchemaValidator(JsonObject document)
{
    public void Validate(JsonNode? value, JsonNode? schema, string at, List<string> problems)
    {
        if (schema is not JsonObject rule)
        {
            return;
        }

        if (rule["$ref"] is JsonValue reference)
        {
            Validate(value, Resolve(reference.GetValue<string>()), at, problems);
        }

        if (rule["type"] is { } type && !TypeFits(value, type))
        {
            problems.Add($"{at}: expected {type.ToJsonString()}, got {Kind(value)}");
            return;
        }

        if (rule["enum"] is JsonArray choices && !choices.Any(choice => JsonNode.DeepEquals(choice, value)))
        {
            problems.Add($"{at}: {Show(value)} is not one of {choices.ToJsonString()}");
        }

        if (rule.TryGetPropertyValue("const", out var constant) && !JsonNode.DeepEquals(constant, value))
        {
            problems.Add($"{at}: {Show(value)} is not {constant?.ToJsonString() ?? "null"}");
        }

        foreach (var part in rule["allOf"] as JsonArray ?? [])
        {
            Validate(value, part, at, problems);
        }

        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (rule[union] is JsonArray branches)
            {
                Union(value, branches, at, problems);
            }
        }

        switch (value?.GetValueKind())
        {
            case JsonValueKind.String:
                Text(value.GetValue<string>(), rule, at, problems);
                break;
            case JsonValueKind.Number:
                Number(value.GetValue<double>(), rule, at, problems);
                break;
            case JsonValueKind.Array:
                Array((JsonArray)value, rule, at, problems);
                break;
            case JsonValueKind.Object:
                Object((JsonObject)value, rule, at, problems);
                break;
        }
    }

    private JsonNode? Resolve(string reference)
    {
        JsonNode? node = document;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[part.Replace("~1", "/").Replace("~0", "~")];
        }

        return node ?? throw new InvalidOperationException($"The spec has no {reference}.");
    }

    private void Union(JsonNode? value, JsonArray branches, string at, List<string> problems)
    {
        List<string>? closest = null;
        foreach (var branch in branches)
        {
            var found = new List<string>();
            Validate(value, branch, at, found);
            if (found.Count == 0)
            {
                return;
            }

            if (closest is null || found.Count < closest.Count)
            {
                closest = found;
            }
        }

        problems.AddRange(closest ?? []);
    }

    private static void Text(string text, JsonObject rule, string at, List<string> problems)
    {
        var length = text.EnumerateRunes().Count();
        if (rule["maxLength"] is JsonValue max && length > max.GetValue<int>())
        {
            problems.Add($"{at}: {length} characters, more than the {max} allowed");
        }

        if (rule["minLength"] is JsonValue min && length < min.GetValue<int>())
        {
            problems.Add($"{at}: {length} characters, fewer than the {min} required");
        }

        if (rule["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{at}: \"{text}\" does not match {pattern}");
        }
    }

    private static void Number(double number, JsonObject rule, string at, List<string> problems)
    {
        if (rule["maximum"] is JsonValue max && number > max.GetValue<double>())
        {
            problems.Add($"{at}: {number.ToString(CultureInfo.InvariantCulture)} is above the maximum {max}");
        }

        if (rule["minimum"] is JsonValue min && number < min.GetValue<double>())
        {
            problems.Add($"{at}: {number.ToString(CultureInfo.InvariantCulture)} is below the minimum {min}");
        }
    }

    private void Array(JsonArray array, JsonObject rule, string at, List<string> problems)
    {
        if (rule["maxItems"] is JsonValue max && array.Count > max.GetValue<int>())
        {
            problems.Add($"{at}: {array.Count} items, more than the {max} allowed");
        }

        if (rule["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
        {
            problems.Add($"{at}: {array.Count} items, fewer than the {min} required");
        }

        for (var i = 0; i < array.Count; i++)
        {
            Validate(array[i], rule["items"], $"{at}[{i}]", problems);
        }
    }

    private void Object(JsonObject value, JsonObject rule, string at, List<string> problems)
    {
        foreach (var name in (rule["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()))
        {
            if (!value.ContainsKey(name))
            {
                problems.Add($"{at}.{name}: required but missing");
            }
        }

        if (rule["maxProperties"] is JsonValue max && value.Count > max.GetValue<int>())
        {
            problems.Add($"{at}: {value.Count} properties, more than the {max} allowed");
        }

        var properties = rule["properties"] as JsonObject;
        foreach (var (name, item) in value)
        {
            if (properties is not null && properties.TryGetPropertyValue(name, out var property))
            {
                Validate(item, property, $"{at}.{name}", problems);
            }
            else if (rule["additionalProperties"] is JsonValue allowed && allowed.GetValueKind() == JsonValueKind.False)
            {
                problems.Add($"{at}.{name}: not allowed here");
            }
            else if (rule["additionalProperties"] is JsonObject extra)
            {
                Validate(item, extra, $"{at}.{name}", problems);
            }
        }
    }

    private static bool TypeFits(JsonNode? value, JsonNode type) => type switch
    {
        JsonArray types => types.Any(t => t is not null && TypeFits(value, t)),
        JsonValue name => name.GetValue<string>() switch
        {
            "null" => value is null || value.GetValueKind() == JsonValueKind.Null,
            "string" => value?.GetValueKind() == JsonValueKind.String,
            "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => value?.GetValueKind() == JsonValueKind.Number,
            "integer" => value?.GetValueKind() == JsonValueKind.Number && value.GetValue<double>() % 1 == 0,
            "array" => value is JsonArray,
            "object" => value is JsonObject,
            _ => true,
        },
        _ => true,
    };

    private static string Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString()!.ToLowerInvariant() + " " + Show(value),
    };

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 40 ? text[..37] + "…" : text;
    }
}
