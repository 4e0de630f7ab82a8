using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Core.Answering;

namespace NewsBot.Cli;

/// <summary>Renders an answer for a terminal (wrapped to a width) or as one JSON object.</summary>
internal static class AnswerFormatter
{
    public static string Terminal(GroundedAnswer answer, int width)
    {
        var text = new StringBuilder();
        if (answer.Note is { } note)
        {
            Wrap(text, $"({note})", width, string.Empty);
            text.AppendLine();
        }

        Wrap(text, answer.Text, width, string.Empty);
        if (answer.Citations.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            foreach (var c in answer.Citations)
            {
                Wrap(text, $"[{c.Number}] {Describe(c.Title, c.Outlet, c.Published, c.Url)}", width, "    ");
            }
        }

        if (answer.Declined && answer.Nearest.Count > 0)
        {
            text.AppendLine().AppendLine("Nearest articles, which do not answer it:");
            foreach (var a in answer.Nearest)
            {
                Wrap(text, $"- {Describe(a.Title, a.Outlet, a.Published, a.Url)}", width, "  ");
            }
        }

        return text.ToString();
    }

    /// <summary>"Title (Outlet, 2026-11-17) url", leaving out what is unknown.</summary>
    private static string Describe(string title, string? outlet, DateTimeOffset? published, string? url)
    {
        var meta = string.Join(", ", new[] { outlet, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));
        return title + (meta.Length > 0 ? $" ({meta})" : string.Empty) + (url is null ? string.Empty : $" {url}");
    }

    /// <summary>The citations as the JSON array <c>ask --json</c> and <c>eval --details</c> print.</summary>
    public static JsonArray Citations(IEnumerable<Citation> citations) =>
        new([.. citations.Select(c => (JsonNode)new JsonObject
        {
            ["n"] = c.Number,
            ["articleId"] = c.ArticleId,
            ["title"] = c.Title,
            ["source"] = c.Outlet,
            ["date"] = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = c.Url,
        })]);

    public static string Json(GroundedAnswer answer)
    {
        var node = new JsonObject
        {
            ["question"] = answer.Question,
            ["askedAt"] = answer.AskedAt.ToString("O", CultureInfo.InvariantCulture),
            ["answer"] = answer.Text,
            ["declined"] = answer.Declined,
            ["citations"] = Citations(answer.Citations),
            ["passages"] = new JsonArray([.. answer.Passages.Select(p => (JsonNode)new JsonObject
            {
                ["articleId"] = p.ArticleId,
                ["chunkId"] = p.ChunkId,
                ["score"] = Math.Round(p.Score, 6),
            })]),
        };
        if (answer.Note is { } note)
        {
            node["note"] = note;
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static void Wrap(StringBuilder text, string paragraph, int width, string indent)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(indent);
            }

            if (line.Length > 0 && line.ToString() != indent)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            text.AppendLine(line.ToString());
        }
    }
}
