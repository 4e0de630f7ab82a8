using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Answering;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>
/// Passages as the answer prompt shows them: numbered, delimited blocks carrying outlet, date and title. A passage
/// cannot close its block early: anything in its text that looks like a block tag is defused.
/// </summary>
internal static partial class PassageBlocks
{
    public static string Block(SourcePassage passage, int number) =>
        $"<passage number=\"{number}\" outlet=\"{Attribute(passage.Outlet ?? "unknown outlet")}\" date=\"{passage.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}\" title=\"{Attribute(passage.Title)}\">\n"
        + BlockTag().Replace(passage.Text, "(passage)")
        + "\n</passage>";

    public static string All(IReadOnlyList<SourcePassage> passages) =>
        string.Join("\n\n", passages.Select((p, i) => Block(p, i + 1)));

    private static string Attribute(string value) => BlockTag().Replace(value.Replace('"', '\'').Replace('\n', ' '), "(passage)");

    [GeneratedRegex(@"<\s*/?\s*passage\b[^>]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();
}
