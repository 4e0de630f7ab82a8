namespace NewsBot.Testing.Discord;

/// <summary>Matches a path against a template whose <c>{name}</c> segments match any one segment.</summary>
internal static class RouteTemplate
{
    public static bool TryMatch(string template, string path, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        var want = template.Trim('/').Split('/');
        var have = path.Trim('/').Split('/');
        if (want.Length != have.Length)
        {
            return false;
        }

        for (var i = 0; i < want.Length; i++)
        {
            if (want[i].StartsWith('{') && want[i].EndsWith('}'))
            {
                if (have[i].Length == 0)
                {
                    return false;
                }

                values[want[i][1..^1]] = Uri.UnescapeDataString(have[i]);
            }
            else if (!string.Equals(want[i], have[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many literal segments the template has: among matching templates, the most literal one wins.</summary>
    public static int Literals(string template) =>
        template.Trim('/').Split('/').Count(segment => !segment.StartsWith('{'));
}
