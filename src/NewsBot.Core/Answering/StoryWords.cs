using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The words of the articles retrieved for one question, read whole from the store once each: whether an article names
/// what the question names, holds the thing it asks about, or lacks a word that sets it apart from the others.
/// </summary>
internal sealed class StoryWords(IChunkStore store, RetrievalResult retrieval)
{
    /// <summary>The shortest start of a word that may stand for a name written another way ("Midwest" for "Midwestern").</summary>
    private const int NameRootLength = 5;

    /// <summary>The shortest stem whose longer words are of its family (see <see cref="HoldsFamily"/>).</summary>
    private const int FamilyLength = 4;

    private readonly Dictionary<string, HashSet<string>> stemsByArticle = new(StringComparer.Ordinal);

    /// <summary>The stems of an article's headline and words, and its acronyms ("U.S." read as "us", so the question's "US" finds it).</summary>
    public async Task<HashSet<string>> StemsAsync(RetrievedArticle article, CancellationToken cancellationToken)
    {
        // One read of the article per answer: the names check and the unindexed-thing check ask for the same one.
        if (stemsByArticle.TryGetValue(article.ArticleId, out var known))
        {
            return known;
        }

        var text = (await store.GetArticleAsync(article.ArticleId, cancellationToken))?.Article is { } stored
            ? stored.Title + " " + stored.Body
            : article.Title + " " + string.Join(' ', article.Passages.Select(p => p.Text));
        var stems = Terms.Words(text).Concat(Acronyms.Of(text)).Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        stemsByArticle[article.ArticleId] = stems;
        return stems;
    }

    /// <summary>
    /// The first of <paramref name="words"/> (corrected as retrieval read them) that <paramref name="article"/> lacks, nor
    /// holds a word of its family ("fishermen" for "the fishing boat"), and that sets the articles apart: at most half the
    /// retrieved articles hold it. Null when it holds them all.
    /// </summary>
    public async Task<string?> LacksDistinguishingWordAsync(
        IEnumerable<string> words,
        RetrievedArticle article,
        CancellationToken cancellationToken)
    {
        // A word typed as two joined ("harbourmaster") is corrected to both ("harbour master"), each wanted.
        var wanted = words.SelectMany(w => retrieval.Corrections.GetValueOrDefault(w, w).Split(' ')).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var own = await StemsAsync(article, cancellationToken);
        var lacking = wanted.Where(w => !QuestionKeywords.Says(Terms.Stem(w), own) && !HoldsFamily(own, Terms.Stem(w))).ToList();
        if (lacking.Count == 0)
        {
            return null;
        }

        var all = await RetrievedStemsAsync(cancellationToken);
        return lacking.FirstOrDefault(w => SetsApart(Terms.Stem(w), all));
    }

    /// <summary>
    /// The things the question asks about ("the harbour library") that the leading article holds, or a word of their
    /// family ("fishermen" for "the fishing boat"), and a further one lacks as the question words them, and that set the
    /// leading one apart: at most half the retrieved articles hold them. A word news writes for it holds it too, in either
    /// story ("voted against" for "opponents", "cup" for "final", see <see cref="QuestionKeywords.Says"/>). A ferry story that shares "harbour" and "run"
    /// does not speak for who runs the library, nor a flood's "boats" for the fishing boat; a word most of them hold ("the
    /// top prize") decides nothing.
    /// </summary>
    /// <param name="things">The question's topics (see <see cref="QuestionThings.Topics"/>).</param>
    public async Task<List<string>> LeadsTopicsLackedAsync(
        IReadOnlyList<string> things,
        RetrievedArticle lead,
        RetrievedArticle other,
        CancellationToken cancellationToken)
    {
        if (things.Count == 0)
        {
            return [];
        }

        var leads = await StemsAsync(lead, cancellationToken);
        var others = await StemsAsync(other, cancellationToken);
        var lacking = things.Where(t => (HoldsFamily(leads, Terms.Stem(t)) || QuestionKeywords.Says(Terms.Stem(t), leads)) && !QuestionKeywords.Says(Terms.Stem(t), others)).ToList();
        if (lacking.Count == 0)
        {
            return [];
        }

        var all = await RetrievedStemsAsync(cancellationToken);
        return [.. lacking.Where(t => SetsApart(Terms.Stem(t), all))];
    }

    /// <summary>
    /// The names of the question (a place, a person, a team) that the article's headline and text lack: a name is held
    /// when every word of it is (all but one of a name of three words or more: "NHL Stanley Cup Finals"), or its
    /// initials ("UK" for "United Kingdom"); words only describing the answer (see
    /// <see cref="AnswerDescription"/>) need not be. The answer service judges how many it may lack.
    /// </summary>
    public async Task<List<string>> MissingNamesAsync(
        RetrievedArticle article,
        IReadOnlyList<QuestionName> names,
        AnswerDescription description,
        CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var stems = await StemsAsync(article, cancellationToken);
        return [.. names
            .Where(n => n.Words.Count(w => !Holds(stems, Terms.Stem(w)) && !description.Excuses(w, stems)) > (n.Words.Count >= 3 ? 1 : 0)
                && !(n.Initials is { } initials && stems.Contains(Terms.Stem(initials))))
            .Select(n => string.Join(' ', n.Words))];
    }

    /// <summary>The stems of every retrieved article (see <see cref="StemsAsync"/>).</summary>
    private async Task<List<HashSet<string>>> RetrievedStemsAsync(CancellationToken cancellationToken)
    {
        var all = new List<HashSet<string>>();
        foreach (var article in retrieval.Articles)
        {
            all.Add(await StemsAsync(article, cancellationToken));
        }

        return all;
    }

    /// <summary>
    /// Whether an article's stems hold a name's word, or a word the name is the start of, or the start of it ("Midwest"
    /// in "Midwestern", "Americans" for "America"), five letters at least.
    /// </summary>
    private static bool Holds(HashSet<string> stems, string stem) =>
        stems.Contains(stem)
        || (stem.Length >= NameRootLength && stems.Any(s => s.Length >= NameRootLength && (s.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(s, StringComparison.Ordinal))));

    /// <summary>
    /// Whether an article's stems hold a stem or a word it begins ("fishermen" for "fishing", read as "fish"), of
    /// <see cref="FamilyLength"/> letters at least: a story about fishermen is about the fishing boat asked of.
    /// </summary>
    private static bool HoldsFamily(HashSet<string> stems, string stem) =>
        stems.Contains(stem) || (stem.Length >= FamilyLength && stems.Any(s => s.StartsWith(stem, StringComparison.Ordinal)));

    /// <summary>
    /// Whether an article's stems hold a word written as one that ends with the stem after a word of
    /// <see cref="FamilyLength"/> letters at least ("roadworks" for the tram "works", "shopkeepers" for "keepers"; not
    /// "network" nor "toward").
    /// </summary>
    public static bool EndsACompound(IReadOnlySet<string> stems, string stem) =>
        stem.Length >= FamilyLength && stems.Any(s => s.Length >= stem.Length + FamilyLength && s.EndsWith(stem, StringComparison.Ordinal));

    /// <summary>Whether a stem sets the retrieved articles apart: at most half of them hold it.</summary>
    private static bool SetsApart(string stem, List<HashSet<string>> all) => all.Count(a => a.Contains(stem)) * 2 <= all.Count;
}
