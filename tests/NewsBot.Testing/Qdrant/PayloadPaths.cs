using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>Reads payload values at a key path ("outlet", "meta.source", "tags[]"); lists give each of their items.</summary>
internal static class PayloadPaths
{
    public static IEnumerable<Value> Values(IReadOnlyDictionary<string, Value> payload, string path)
    {
        var parts = path.Split('.');
        IEnumerable<Value> current = payload.TryGetValue(Strip(parts[0]), out var first) ? [first] : [];
        foreach (var part in parts.Skip(1))
        {
            current = current.SelectMany(Flatten)
                .Where(value => value.KindCase == Value.KindOneofCase.StructValue)
                .Select(value => value.StructValue.Fields.TryGetValue(Strip(part), out var inner) ? inner : null)
                .OfType<Value>()
                .ToList();
        }

        return current.SelectMany(Flatten);
    }

    private static string Strip(string part) => part.EndsWith("[]", StringComparison.Ordinal) ? part[..^2] : part;

    private static IEnumerable<Value> Flatten(Value value) => value.KindCase == Value.KindOneofCase.ListValue
        ? value.ListValue.Values
        : [value];
}
