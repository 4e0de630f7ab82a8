using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;
using NewsBot.Core.Time;

namespace NewsBot.Core.Retrieval;

/// <summary>
/// Lexical and vector search fused by score, grouped by article, weighted by recency relative to the
/// moment the question is asked and by any time phrase it contains.
/// </summary>
internal sealed class HybridRetriever(
    IChunkStore store,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    TimeProvider time,
    IOptions<RetrievalOptions> options,
    ILogger<HybridRetriever> logger,
    EmbedderSignature? signature = null,
    IKnownWords? dictionary = null) : IRetriever
{
    /// <summary>Dates are often whole days in another time zone: an article this far past the ask-time still counts.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    /// <summary>The fewest letters of each of two words a typed word may join ("wind" and "farm" in "windfarm").</summary>
    private const int MinCompoundPart = 3;

    public async Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Question);
        var settings = options.Value;
        var askedAt = request.AskedAt ?? time.GetUtcNow();
        if (signature is not null && await store.GetEmbedderAsync(cancellationToken) is { } built && built != signature)
        {
            // Vectors of another embedder would be compared with the question's as if they meant the same.
            throw new EmbedderMismatchException(built, signature);
        }

        var temporal = TemporalParser.Parse(request.Question, askedAt);
        var text = temporal.Remainder;
        var keywords = Terms.Keywords(text);
        var found = await SearchAsync(text, keywords, request.Filter, settings, cancellationToken);

        // A word no indexed passage holds is most likely misspelt: correct it against the words of what was found (the
        // vector search is forgiving of typos) and search again. A word the dictionary knows is only joined to another
        // form of itself.
        var unknown = await UnknownAsync(keywords, cancellationToken);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        if (unknown.Count > 0)
        {
            // A word the question already has is not what one of its other words misspells ("the new tram trak" means
            // "track", not "tram" again).
            var vocabulary = Vocabulary(found.Fused.Select(f => f.Hit));
            foreach (var word in keywords)
            {
                vocabulary.Remove(word);
            }

            foreach (var word in unknown)
            {
                if (Correct(word, vocabulary, found.Fused.Select(f => f.Hit)) is { } fixedWord)
                {
                    corrections[word] = fixedWord;
                }
            }

            if (corrections.Count > 0)
            {
                text = string.Join(' ', Terms.Words(text).Select(w => corrections.GetValueOrDefault(w, w)));
                keywords = Terms.Keywords(text);
                unknown = [.. unknown.Where(w => !corrections.ContainsKey(w))];
                found = await SearchAsync(text, keywords, request.Filter, settings, cancellationToken);
            }
        }

        var articles = new List<RetrievedArticle>();
        foreach (var group in found.Fused.GroupBy(f => f.Hit.ArticleId))
        {
            var passages = group.OrderByDescending(f => f.Score * LeadBoost(f.Hit.Position, settings)).ToList();
            var first = passages[0].Hit;
            if (first.Published is { } date && date > askedAt + FutureTolerance)
            {
                continue;
            }

            var inWindow = temporal.Window is not { } window
                || (first.Published is { } published && (window.Holds(published) || window.ToldOfLater(published, passages.Select(p => p.Hit.Text))));
            var relevance = ArticleRelevance(passages.Select(p => p.Score * LeadBoost(p.Hit.Position, settings)));
            articles.Add(new RetrievedArticle(
                first.ArticleId,
                first.Title,
                first.Outlet,
                first.Published,
                first.Url,
                relevance * TimeFactor(first.Published, askedAt, inWindow, settings),
                passages.Take(request.PassagesPerArticle).Select(p => p.Hit with { Score = p.Score }).ToList())
            {
                Relevance = relevance,
                Cosine = passages.Max(p => p.Cosine),
                InWindow = inWindow,
            });
        }

        var ranked = articles
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Take(request.MaxArticles)
            .ToList();
        Log.Retrieved(logger, found.Lexical, found.Semantic, ranked.Count);
        return new RetrievalResult(request.Question, askedAt, temporal.Window, ranked)
        {
            SearchText = text,
            Keywords = keywords,
            Unknown = unknown,
            Corrections = corrections,
        };
    }

    /// <summary>
    /// The candidate passages with their fused scores: both searches in one request when the store can
    /// (<see cref="IHybridChunkSearch"/>), else a keyword and a vector search; fused by <see cref="ScoreFusion"/> either way.
    /// </summary>
    private async Task<Candidates> SearchAsync(
        string text, IReadOnlyList<string> keywords, SearchFilter filter, RetrievalOptions settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChunkHit> lexical, semantic;
        if (store is IHybridChunkSearch hybrid)
        {
            var question = await embedder.GenerateVectorAsync(text, cancellationToken: cancellationToken);
            (lexical, semantic) = await hybrid.SearchHybridAsync(new HybridQuery(keywords, question, settings.CandidatePool), filter, cancellationToken);
        }
        else
        {
            // The keyword search runs on another thread while the question is embedded and the vectors are searched.
            var lexicalTask = keywords.Count == 0
                ? Task.FromResult<IReadOnlyList<ChunkHit>>([])
                : Task.Run(() => store.SearchLexicalAsync(keywords, filter, settings.CandidatePool, cancellationToken), cancellationToken);
            var vector = await embedder.GenerateVectorAsync(text, cancellationToken: cancellationToken);
            semantic = await store.SearchVectorAsync(vector, filter, settings.CandidatePool, cancellationToken);
            lexical = await lexicalTask;
        }

        return new Candidates(ScoreFusion.Fuse(lexical, semantic, settings.LexicalWeight), lexical.Count, semantic.Count);
    }

    /// <summary>The keywords that no indexed passage holds.</summary>
    private async Task<IReadOnlyList<string>> UnknownAsync(IReadOnlyList<string> keywords, CancellationToken cancellationToken)
    {
        var words = keywords.Where(word => !word.Any(char.IsDigit)).ToList();
        if (store is IKeywordLookup lookup)
        {
            return await lookup.UnmatchedAsync(words, cancellationToken);
        }

        var unknown = new List<string>();
        foreach (var word in words)
        {
            if ((await store.SearchLexicalAsync([word], SearchFilter.None, 1, cancellationToken)).Count == 0)
            {
                unknown.Add(word);
            }
        }

        return unknown;
    }

    /// <summary>Words of the found passages and titles with how many passages hold each.</summary>
    private static Dictionary<string, int> Vocabulary(IEnumerable<ChunkHit> hits)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in hits.DistinctBy(h => h.ChunkId))
        {
            foreach (var word in Terms.Words(hit.Title + " " + hit.Text).Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    /// <summary>
    /// The correction of a word no indexed passage holds (see <see cref="Spelling.Correct"/>). A word the dictionary knows
    /// is not read as a name that begins like it either: "brand" is not "Brandt", which the found stories never write in
    /// lower case.
    /// </summary>
    private string? Correct(string word, Dictionary<string, int> vocabulary, IEnumerable<ChunkHit> hits)
    {
        // "What happend to the fishermen": a word the news need not hold ("happened") is mended too, when no word of the
        // found stories is nearer and the dictionary says the word is no word of its own ("storm" is not "story").
        if (dictionary?.Contains(word) != true)
        {
            return Compound(word, vocabulary, hits) ?? Spelling.Correct(word, vocabulary) ?? (dictionary is null ? null : Terms.MisspeltStopWord(word));
        }

        var candidates = vocabulary;
        while (Spelling.Correct(word, candidates, knownWord: true) is { } form)
        {
            if (hits.Any(h => WrittenInLowerCase(form, h.Title) || WrittenInLowerCase(form, h.Text)))
            {
                return form;
            }

            candidates = candidates == vocabulary ? new Dictionary<string, int>(vocabulary, StringComparer.Ordinal) : candidates;
            candidates.Remove(form);
        }

        return null;
    }

    /// <summary>
    /// Two words of the found stories that <paramref name="word"/> writes as one, where a story writes them side by side:
    /// "windfarm" is the "wind farm" a story approved. Null when it is no such pair.
    /// </summary>
    private static string? Compound(string word, Dictionary<string, int> vocabulary, IEnumerable<ChunkHit> hits)
    {
        for (var split = MinCompoundPart; split <= word.Length - MinCompoundPart; split++)
        {
            var (first, second) = (word[..split], word[split..]);
            if (vocabulary.ContainsKey(first) && vocabulary.ContainsKey(second) && !Terms.IsStopWord(first) && !Terms.IsStopWord(second)
                && hits.Any(h => SideBySide(h.Title + " " + h.Text, first, second)))
            {
                return first + " " + second;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> writes <paramref name="first"/> right before <paramref name="second"/>.</summary>
    private static bool SideBySide(string text, string first, string second)
    {
        string? previous = null;
        foreach (var word in Terms.Words(text))
        {
            if (previous == first && word == second)
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> as a whole word written in lower case.</summary>
    private static bool WrittenInLowerCase(string word, string text)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An article is as relevant as its best passage, plus a little for further matching passages.</summary>
    private static double ArticleRelevance(IEnumerable<double> passageScores)
    {
        double score = 0, weight = 1;
        foreach (var s in passageScores.Take(3))
        {
            score += weight * s;
            weight *= 0.25;
        }

        return score;
    }

    /// <summary>
    /// News puts its main point first: a match in an article's opening passage says the article is about the question,
    /// while a match deep inside (a round-up, a "5 things to know") says it only mentions it.
    /// </summary>
    private static double LeadBoost(int position, RetrievalOptions settings) => position switch
    {
        0 => settings.LeadBoost,
        1 => 1 + ((settings.LeadBoost - 1) / 2),
        _ => 1.0,
    };

    /// <summary>
    /// Recency orders articles that match about equally well: with weight w, the newest article gains at most a factor
    /// 1/(1−w) over a very old one. Outside a window the question names, an article counts for little.
    /// </summary>
    private static double TimeFactor(DateTimeOffset? published, DateTimeOffset askedAt, bool inWindow, RetrievalOptions settings)
    {
        var windowFactor = inWindow ? 1 : settings.OutsideWindowFactor;
        if (published is not { } date)
        {
            return windowFactor * (1 - settings.RecencyWeight);
        }

        var ageDays = Math.Max(0, (askedAt - date).TotalDays);
        var recency = Math.Pow(0.5, ageDays / settings.RecencyHalfLifeDays);
        return windowFactor * (1 - settings.RecencyWeight + (settings.RecencyWeight * recency));
    }

    private sealed record Candidates(IReadOnlyList<FusedHit> Fused, int Lexical, int Semantic);
}
