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

    /// <summary>
    /// Converts an HTML fragment or document to text; throws <see cref="ReadException"/> when it is too big or too deep
    /// to parse (see <see cref="HtmlShape"/>).
    /// </summary>
    public static string FromHtml(string html, string origin)
    {
        HtmlShape.Measure(html, origin);
        var document = new HtmlParser().ParseDocument(html);
        return FromNode(document.Body ?? (INode)document);
    }

    /// <summary>Converts a parsed node to text, walking the tree with a stack of its own so that no depth overflows the call stack.</summary>
    public static string FromNode(INode node)
    {
        var writer = new Writer();
        var steps = new Stack<Step>();
        PushChildren(node, steps);
        while (steps.TryPop(out var step))
        {
            switch (step.Node)
            {
                case null:
                    step.Close(writer);
                    break;
                case IText text:
                    writer.Inline(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Enter(element, steps, writer, static w => w.EndBlock());
                    break;
                case IElement element when Lines.Contains(element.LocalName):
                    Enter(element, steps, writer, static w => w.EndLine());
                    break;
                case IElement element:
                    PushChildren(element, steps);
                    break;
            }
        }

        writer.EndBlock();
        return writer.ToString().Trim();
    }

    /// <summary>Breaks before an element, and schedules the same break for after its children.</summary>
    private static void Enter(IElement element, Stack<Step> steps, Writer writer, Action<Writer> boundary)
    {
        boundary(writer);
        steps.Push(new Step(null, boundary));
        PushChildren(element, steps);
    }

    private static void PushChildren(INode node, Stack<Step> steps)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            steps.Push(new Step(child, null));
        }
    }

    /// <summary>A node still to visit, or (with no node) the break that closes an element already visited.</summary>
    private readonly record struct Step(INode? Node, Action<Writer>? Closing)
    {
        public void Close(Writer writer) => Closing?.Invoke(writer);
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
            // The last two characters only: converting the whole output at every block would take time in its square.
            if (output.Length > 0 && !(output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n'))
            {
                output.Append('\n');
            }
        }

        public override string ToString() => output.ToString();
    }
}
