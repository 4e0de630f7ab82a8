using System.Globalization;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Answering;

/// <summary>
/// Answers "where do the outlets disagree", "what do the Gazette and the Courier disagree about": the events two outlets
/// both report (headline and lead near in meaning, as <see cref="Briefing"/> reads one event, published within a few
/// days) with different figures for the same thing, newest first, each with the figures and the outlets giving them, as
/// many as fit in the word limit.
/// </summary>
internal sealed partial class OutletsDiffer(IChunkStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, int maxWords)
{
    /// <summary>Most articles read: the disagreements in the latest news, never a search of the whole archive.</summary>
    private const int MaxRead = 200;

    /// <summary>Most days between two reports of one event.</summary>
    private const int SameEventDays = 3;

    /// <summary>Words of such a question that name no topic: the asking, the news itself, and the outlets.</summary>
    private static readonly HashSet<string> AskingWords = new(StringComparer.Ordinal)
    {
        "disagree", "disagreed", "disagrees", "disagreement", "disagreements", "differ", "differed", "differs", "difference",
        "differences", "different", "contradict", "contradicts", "contradiction", "contradictions", "conflict", "conflicting",
        "agree", "outlets", "outlet", "papers", "paper", "newspapers", "newspaper", "sources", "source", "reports", "report",
        "reporting", "media", "press", "ever", "each", "two", "give", "figures", "numbers", "anything", "anywhere",
    };

    /// <summary>
    /// Whether the question asks where outlets disagree without naming a topic; <paramref name="keywords"/> are its key
    /// words without the outlets it names (see <see cref="NamedOutlet"/>).
    /// </summary>
    public static bool Asks(string question, IReadOnlyList<string> keywords) =>
        DifferQuestion().IsMatch(question) && keywords.All(AskingWords.Contains);

    public async Task<GroundedAnswer> ComposeAsync(AnswerRequest request, RetrievalResult retrieval, List<UsedPassage> passages, CancellationToken cancellationToken)
    {
        var askedAt = retrieval.AskedAt;
        var filter = request.Filter with { From = retrieval.Window?.From ?? request.Filter.From, To = retrieval.Window?.To ?? askedAt.AddDays(1) };
        var articles = (await store.ListRecentAsync(filter, MaxRead, cancellationToken))
            .Select(s => s.Article)
            .Where(a => a.Outlet is not null && a.Published is not null)
            .ToList();
        var leads = articles.Select(a => a.Title + ". " + Briefing.Lead(a.Body, a.Title)).ToList();
        var vectors = leads.Count == 0 ? [] : await embedder.GenerateAsync(leads, cancellationToken: cancellationToken);

        var parts = new List<string>();
        var citations = new List<Citation>();
        var told = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var (a, b) = (articles[i], articles[j]);
                if (told.Contains(a.Id) || told.Contains(b.Id) || !OneEvent(a, b)
                    || TensorPrimitives.CosineSimilarity(vectors[i].Vector.Span, vectors[j].Vector.Span) < Briefing.SameEventSimilarity)
                {
                    continue;
                }

                var pair = new List<Citation> { Cite(a, citations.Count + 1), Cite(b, citations.Count + 2) };
                if (Disagreement.Describe([Retrieved(a), Retrieved(b)], pair, new HashSet<string>(StringComparer.Ordinal)) is not { } differs)
                {
                    continue;
                }

                var part = $"{b.Title.TrimEnd('.', ' ')} ({Days(b, a)}): {differs}";
                words += part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (parts.Count > 0 && words > maxWords)
                {
                    break;
                }

                parts.Add(part);
                citations.AddRange(pair);
                told.UnionWith([a.Id, b.Id]);
            }
        }

        return parts.Count == 0
            ? new GroundedAnswer(request.Question, askedAt, ExtractiveAnswerService.DeclineText, Declined: true, [], passages)
            : new GroundedAnswer(request.Question, askedAt, string.Join(' ', parts), Declined: false, citations, passages);
    }

    /// <summary>Whether two articles could report one event: other outlets, a few days apart.</summary>
    private static bool OneEvent(Articles.Article a, Articles.Article b) =>
        !string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase)
        && Math.Abs((a.Published!.Value - b.Published!.Value).TotalDays) <= SameEventDays;

    private static Citation Cite(Articles.Article article, int number) =>
        new(number, article.Id, article.Title, article.Outlet, article.Published, article.Url);

    /// <summary>The article as a retrieved one whose passage is its whole body, which the figures are read from.</summary>
    private static RetrievedArticle Retrieved(Articles.Article article) =>
        new(article.Id, article.Title, article.Outlet, article.Published, article.Url, 1.0,
            [new ChunkHit(article.Id, article.Id, 0, article.Body, article.Title, article.Outlet, article.Published, article.Url, 1.0)]);

    /// <summary>The days of two reports, earlier first: "16 and 17 November", or one day when both are of it.</summary>
    private static string Days(Articles.Article first, Articles.Article second)
    {
        var (early, late) = first.Published <= second.Published ? (first.Published!.Value, second.Published!.Value) : (second.Published!.Value, first.Published!.Value);
        var lateDay = late.ToString("d MMMM", CultureInfo.InvariantCulture);
        return early.Date == late.Date ? lateDay
            : early.Month == late.Month ? $"{early.Day.ToString(CultureInfo.InvariantCulture)} and {lateDay}"
            : $"{early.ToString("d MMMM", CultureInfo.InvariantCulture)} and {lateDay}";
    }

    [GeneratedRegex(@"\b(?:disagree\w*|differ\w*|contradict\w*|conflict\w*|agree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DifferQuestion();
}
