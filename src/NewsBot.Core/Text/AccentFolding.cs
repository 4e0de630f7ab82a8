using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Folds accented Latin letters to their plain letters ("Zürich" → "zurich", "Łódź" → "lodz"). A table rather than
/// Unicode decomposition: the app runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose.
/// </summary>
public static class AccentFolding
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz";

    private static readonly Dictionary<char, string> Map = Build();

    /// <summary>The text with accented letters replaced by plain ones (ß → ss, æ → ae, œ → oe); lower-case letters only.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.All(c => c < 128))
        {
            return word;
        }

        var folded = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (Map.TryGetValue(lower, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th" };
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i].ToString();
        }

        return map;
    }
}
