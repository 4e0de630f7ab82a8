using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The outlet a question names ("what did the Harbour Gazette say about the tram cost", "what is CNN reporting on the
/// storm"), and the question without its name. An outlet is named when every word of its name stands, in order, among
/// the question's words; a web outlet ("cnn.com") is named by its name without the domain ending. Only the outlets of
/// the articles retrieval found are looked for.
/// </summary>
/// <param name="Outlet">The outlet as articles give it.</param>
/// <param name="Question">The question without the outlet's name ("what did the say about the tram cost").</param>
internal sealed record NamedOutlet(string Outlet, string Question)
{
    /// <summary>Domain endings that are no part of an outlet's name.</summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal) { "com", "org", "net", "co", "uk", "www" };

    /// <summary>The outlet <paramref name="question"/> names among <paramref name="outlets"/>, the longest name first; null when it names none.</summary>
    public static NamedOutlet? Find(string question, IEnumerable<string?> outlets)
    {
        foreach (var (outlet, name) in outlets.OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(o => (Outlet: o, Name: NameWords(o)))
            .Where(o => o.Name.Count > 0)
            .OrderByDescending(o => o.Name.Count))
        {
            var pattern = @"\b" + string.Join(@"\W+", name.Select(Regex.Escape)) + @"(?:'s|’s)?\b";
            var match = Regex.Match(question, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (match.Success)
            {
                var rest = (question[..match.Index] + question[(match.Index + match.Length)..]).Replace("  ", " ", StringComparison.Ordinal).Trim();
                return new NamedOutlet(outlet, rest);
            }
        }

        return null;
    }

    private static List<string> NameWords(string outlet)
    {
        var words = Terms.Words(outlet.Replace('.', ' ')).ToList();
        var web = outlet.Contains('.', StringComparison.Ordinal) && !outlet.Contains(' ', StringComparison.Ordinal);
        return web ? [.. words.Where(w => !Endings.Contains(w))] : words;
    }
}
