using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Reading;

/// <summary>Turns Markdown block structure into text lines: wrapped lines joined, one paragraph, heading or list item per line.</summary>
internal static partial class MarkdownText
{
    /// <summary>Paragraphs become lines separated by blank lines; list items stay together as one block.</summary>
    public static string ToParagraphs(IEnumerable<string> lines, Func<string, string> inline)
    {
        var output = new StringBuilder();
        var paragraph = new StringBuilder();
        var inCode = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                output.Append(inline(paragraph.ToString())).Append('\n');
                paragraph.Clear();
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                Flush();
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                output.Append(line).Append('\n');
                continue;
            }

            var trimmed = Quote().Replace(line, string.Empty).Trim();
            if (trimmed.Length == 0 || Rule().IsMatch(trimmed))
            {
                Flush();
                output.Append('\n');
            }
            else if (Heading().Match(trimmed) is { Success: true } heading)
            {
                Flush();
                output.Append('\n').Append(inline(heading.Groups["text"].Value)).Append("\n\n");
            }
            else if (ListItem().Match(trimmed) is { Success: true } item)
            {
                Flush();
                paragraph.Append(item.Groups["text"].Value);
            }
            else
            {
                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(trimmed);
            }
        }

        Flush();
        return output.ToString();
    }

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s+(?<text>.+)$")]
    private static partial Regex ListItem();
}
