using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Turns HTML into text lines: each paragraph, heading or block its own blank-line-separated block,
/// the items of one list kept together as one block, scripts, forms and buttons dropped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "form", "iframe", "select", "input", "textarea", "head", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figure", "figcaption", "table", "ul", "ol", "dl", "hr", "address", "details", "summary", "body",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "li", "tr", "dt", "dd", "br" };

    /// <summary>Converts an HTML fragment or document to text.</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return FromNode(document.Body ?? (INode)document);
    }

    /// <summary>Converts a parsed node to text.</summary>
    public static string FromNode(INode node)
    {
        var writer = new Writer();
        Walk(node, writer);
        writer.EndBlock();
        return writer.ToString().Trim();
    }

    private static void Walk(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Inline(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    writer.EndBlock();
                    Walk(element, writer);
                    writer.EndBlock();
                    break;
                case IElement element when Lines.Contains(element.LocalName):
                    writer.EndLine();
                    Walk(element, writer);
                    writer.EndLine();
                    break;
                case IElement element:
                    Walk(element, writer);
                    break;
            }
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder output = new();
        private readonly StringBuilder line = new();

        public void Inline(string text) => line.Append(text);

        public void EndLine()
        {
            var text = string.Join(' ', line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            line.Clear();
            if (text.Length > 0)
            {
                output.Append(text).Append('\n');
            }
        }

        public void EndBlock()
        {
            EndLine();
            if (output.Length > 0 && !output.ToString().EndsWith("\n\n", StringComparison.Ordinal))
            {
                output.Append('\n');
            }
        }

        public override string ToString() => output.ToString();
    }
}
