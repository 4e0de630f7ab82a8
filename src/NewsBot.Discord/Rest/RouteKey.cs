using System.Globalization;

namespace NewsBot.Discord.Rest;

/// <summary>
/// What rate limits are kept by for one route: its <see cref="Template"/> (method and path with ids and tokens replaced,
/// safe to log) and its <see cref="MajorParameter"/> (the channel id, guild id or webhook id and token that Discord
/// keeps a bucket's limits apart by; never logged).
/// </summary>
internal sealed record RouteKey(string Template, string MajorParameter, bool IsInteraction)
{
    /// <summary>The key for <paramref name="method"/> on <paramref name="route"/> (a path relative to the API root, maybe with a query).</summary>
    public static RouteKey For(HttpMethod method, string route)
    {
        var path = route.Split('?', 2)[0].Trim('/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = new string[segments.Length];
        var major = string.Empty;
        var interaction = segments.Length > 0 && segments[0] is "interactions" or "webhooks";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : string.Empty;
            if (major.Length == 0 && i == 1 && previous is "channels" or "guilds" && IsId(segment))
            {
                major = segment;
                template[i] = "{" + previous[..^1] + "}";
            }
            else if (major.Length == 0 && i == 1 && previous == "webhooks" && IsId(segment))
            {
                major = segments.Length > 2 ? segment + "/" + segments[2] : segment;
                template[i] = "{webhook}";
            }
            else if (i == 2 && segments[0] is "webhooks" or "interactions")
            {
                template[i] = "{token}";
            }
            else
            {
                template[i] = IsId(segment) ? "{id}" : segment;
            }
        }

        return new RouteKey(method.Method + " " + string.Join('/', template), major, interaction);
    }

    private static bool IsId(string segment) => ulong.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
