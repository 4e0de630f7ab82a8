using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The one check every answer's citations pass, whoever wrote the text. A <c>[n]</c> must name a passage that was
/// given (else it is removed), and that passage must hold the sentence's key words and, when the sentence states a
/// figure, that figure (else the citation is dropped). A sentence left with no valid citation is dropped when the
/// settings say so. The surviving citations are renumbered by article, from 1, in order of first use.
/// </summary>
public static partial class CitationCheck
{
    /// <summary>Checks <paramref name="text"/>, read as sentences, against the <paramref name="passages"/> its markers number from 1.</summary>
    public static CheckedText Check(string text, IReadOnlyList<SourcePassage> passages, CitationCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Sentences).ToList();
        return Check(paragraphs, passages, settings);
    }

    /// <summary>
    /// Checks an answer already made of claims, each ending with its markers (as the extractive answerer writes them:
    /// a quoted headline such as "Roe v. Wade reversal …" is one claim, though a sentence splitter would cut it).
    /// </summary>
    public static CheckedText CheckClaims(IReadOnlyList<string> claims, IReadOnlyList<SourcePassage> passages, CitationCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Check([[.. claims]], passages, settings);
    }

    private static CheckedText Check(List<List<string>> text, IReadOnlyList<SourcePassage> passages, CitationCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(settings);
        var bags = passages.Select(Bag.Of).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var citations = new List<Citation>();
        var (outOfRange, unsupported, dropped) = (0, 0, 0);
        var paragraphs = new List<string>();
        foreach (var paragraph in text)
        {
            var kept = new List<string>();
            foreach (var sentence in paragraph)
            {
                var claim = Bag.Of(Marker().Replace(sentence, " "));
                var cited = false;
                var (carried, droppedEnd) = (string.Empty, -1);
                var rewritten = Marker().Replace(sentence, marker =>
                {
                    var valid = new List<int>();
                    foreach (var n in Numbers(marker.Groups["n"].Value))
                    {
                        if (n < 1 || n > passages.Count)
                        {
                            outOfRange++;
                        }
                        else if (!bags[n - 1].Supports(claim, settings.MinSharedTermShare))
                        {
                            unsupported++;
                        }
                        else
                        {
                            valid.Add(NumberOf(passages[n - 1], numbers, citations));
                        }
                    }

                    cited |= valid.Count > 0;
                    var space = marker.Groups["space"].Value;
                    if (valid.Count == 0)
                    {
                        // "crowns [7][2]" keeps its space when "[7]" goes: the next marker takes it.
                        (carried, droppedEnd) = (marker.Index == droppedEnd ? carried : space, marker.Index + marker.Length);
                        return string.Empty;
                    }

                    space = space.Length == 0 && marker.Index == droppedEnd ? carried : space;
                    return space + string.Concat(valid.Distinct().Select(v => $"[{v}]"));
                });
                if (!cited && settings.DropUncitedSentences)
                {
                    dropped++;
                    continue;
                }

                kept.Add(Repeated().Replace(rewritten, "[$1]"));
            }

            if (kept.Count > 0)
            {
                paragraphs.Add(string.Join(' ', kept));
            }
        }

        return new CheckedText(string.Join('\n', paragraphs), citations, outOfRange, unsupported, dropped);
    }

    /// <summary>
    /// The sentences of a paragraph, each with the markers that follow it: "Lavrov spoke. [1] He left." is two
    /// sentences, "Lavrov spoke. [1]" and "He left.", as is "Lavrov spoke.[1] He left.".
    /// </summary>
    internal static List<string> Sentences(string paragraph)
    {
        var result = new List<string>();
        foreach (var piece in SentenceSplitter.Split(paragraph).SelectMany(s => AfterMarkers().Split(s)))
        {
            var leading = LeadingMarkers().Match(piece);
            if (leading.Success && result.Count > 0)
            {
                result[^1] += " " + leading.Value.Trim();
                var rest = piece[leading.Length..].Trim();
                if (rest.Length > 0)
                {
                    result.Add(rest);
                }

                continue;
            }

            result.Add(piece);
        }

        return result;
    }

    private static int NumberOf(SourcePassage passage, Dictionary<string, int> numbers, List<Citation> citations)
    {
        if (!numbers.TryGetValue(passage.ArticleId, out var number))
        {
            number = citations.Count + 1;
            numbers[passage.ArticleId] = number;
            citations.Add(new Citation(number, passage.ArticleId, passage.Title, passage.Outlet, passage.Published, passage.Url));
        }

        return number;
    }

    private static IEnumerable<int> Numbers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1);

    /// <summary>A marker "[3]" or "[1, 4]", with the space before it.</summary>
    [GeneratedRegex(@"(?<space>\s*)\[(?<n>\d{1,4}(?:\s*,\s*\d{1,4})*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:\s*\[\d{1,4}(?:\s*,\s*\d{1,4})*\])+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarkers();

    /// <summary>The gap after a sentence's end and its markers, before the next sentence ("spoke.[1] He").</summary>
    [GeneratedRegex(@"(?<=[.!?][""”’')]?(?:\[\d{1,4}(?:\s*,\s*\d{1,4})*\])+)\s+(?=[""“‘(]?[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterMarkers();

    [GeneratedRegex(@"\[(\d+)\](?:\s*\[\1\])+", RegexOptions.CultureInvariant)]
    private static partial Regex Repeated();

    /// <summary>The figures and key-word stems of a text.</summary>
    private sealed partial record Bag(IReadOnlySet<string> Figures, IReadOnlySet<string> Words)
    {
        public static Bag Of(SourcePassage passage)
        {
            var text = new StringBuilder().AppendJoin(' ', passage.Title, passage.Outlet, passage.Text);
            if (passage.Published is { } date)
            {
                text.Append(' ').Append(date.ToString("d MMMM yyyy dddd", CultureInfo.InvariantCulture));
            }

            return Of(text.ToString());
        }

        public static Bag Of(string text)
        {
            var figures = new HashSet<string>(StringComparer.Ordinal);
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in Terms.Keywords(text))
            {
                if (Figure().Match(word) is { Success: true } figure)
                {
                    figures.Add(figure.Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.').TrimStart('0'));
                }
                else
                {
                    words.Add(Terms.Stem(word));
                }
            }

            return new Bag(figures, words);
        }

        /// <summary>Whether a passage with this bag supports a sentence with <paramref name="claim"/>'s.</summary>
        public bool Supports(Bag claim, double minShare)
        {
            if (claim.Figures.Count > 0 && !claim.Figures.Any(Figures.Contains))
            {
                return false;
            }

            var needed = Math.Max(1, (int)Math.Ceiling(minShare * claim.Words.Count));
            return claim.Words.Count == 0 || claim.Words.Count(Words.Contains) >= needed;
        }

        [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant)]
        private static partial Regex Figure();
    }
}
