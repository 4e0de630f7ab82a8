using System.Globalization;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// How big and how deep an HTML text is, measured by one linear scan before it is parsed. Parsing costs time in the
/// product of a page's elements and its depth (100,000 nested <c>div</c>s take AngleSharp minutes), and SmartReader's
/// article extraction grows faster still, so a page is measured first: one past <see cref="MaxElements"/> or
/// <see cref="MaxDepth"/> is refused with a sentence saying so, and one past <see cref="MaxElementsForExtraction"/> or
/// <see cref="MaxDepthForExtraction"/> is read as plain text, without SmartReader.
/// </summary>
/// <param name="Elements">Start tags in the text.</param>
/// <param name="Depth">
/// The deepest nesting of elements that must be closed; elements that are void or whose end tag may be left out
/// (<c>p</c>, <c>li</c>, <c>td</c>…) are not counted, so that a sloppy but ordinary page is not taken for a deep one.
/// </param>
internal sealed record HtmlShape(int Elements, int Depth)
{
    /// <summary>The most elements a page may have; a long news page has a few thousand.</summary>
    public const int MaxElements = 200_000;

    /// <summary>The deepest nesting a page may have; ordinary pages stay under a hundred.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>The most elements a page may have for SmartReader to look for its article in it.</summary>
    public const int MaxElementsForExtraction = 5_000;

    /// <summary>The deepest nesting a page may have for SmartReader to look for its article in it.</summary>
    public const int MaxDepthForExtraction = 200;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",

        // elements whose end tag may be left out
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp" };

    /// <summary>Whether SmartReader may look for the article in a page of this shape.</summary>
    public bool SuitsExtraction => Elements <= MaxElementsForExtraction && Depth <= MaxDepthForExtraction;

    /// <summary>Measures <paramref name="html"/>, throwing <see cref="ReadException"/> naming <paramref name="origin"/> when it is over a limit.</summary>
    public static HtmlShape Measure(string html, string origin)
    {
        var shape = Scan(html);
        if (shape.Depth > MaxDepth)
        {
            throw new ReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"{origin} nests its HTML elements more than {MaxDepth:N0} deep, deeper than any article page; it was not read."));
        }

        if (shape.Elements > MaxElements)
        {
            throw new ReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"{origin} has more than {MaxElements:N0} HTML elements, more than any article page; it was not read."));
        }

        return shape;
    }

    /// <summary>Counts start tags and the open-element depth, stopping early once either is over its limit.</summary>
    private static HtmlShape Scan(string html)
    {
        int elements = 0, depth = 0, deepest = 0, i = 0;
        while (i < html.Length && elements <= MaxElements && deepest <= MaxDepth)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, open + 4, "-->");
            }
            else if (next == '/' && open + 2 < html.Length && char.IsAsciiLetter(html[open + 2]))
            {
                var name = TagName(html, open + 2);
                if (!Uncounted.Contains(name) && depth > 0)
                {
                    depth--;
                }

                i = SkipPast(html, open + 2, ">");
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = TagName(html, open + 1);
                var close = html.IndexOf('>', open + 1);
                var end = close < 0 ? html.Length : close + 1;
                elements++;
                if (RawText.Contains(name))
                {
                    i = SkipPast(html, end, "</" + name);
                }
                else
                {
                    if (!Uncounted.Contains(name) && !(close > 0 && html[close - 1] == '/'))
                    {
                        deepest = Math.Max(deepest, ++depth);
                    }

                    i = end;
                }
            }
            else
            {
                i = open + 1;
            }
        }

        return new HtmlShape(elements, deepest);
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 32 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':'))
        {
            end++;
        }

        return html[start..end];
    }

    private static int SkipPast(string html, int start, string marker)
    {
        var at = html.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
