using NewsBot.Core.Storage;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// The indexed articles' titles for <c>/summarize</c>'s autocomplete, read from the store (headings only, no bodies) once and again after a re-index
/// or every five minutes, so a keystroke is answered from memory well within Discord's three seconds.
/// </summary>
internal sealed class TitleIndex(IChunkStore store, ReindexGate gate, TimeProvider time)
{
    private const int MaxChoices = 25;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim loading = new(1, 1);
    private Snapshot? snapshot;

    public async Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(string typed, CancellationToken cancellationToken)
    {
        var titles = await TitlesAsync(cancellationToken);
        var query = typed.Trim();
        IEnumerable<TitleEntry> ranked = query.Length == 0
            ? titles.OrderByDescending(t => t.Published ?? DateTimeOffset.MinValue)
            : titles.Select(t => (Entry: t, Score: Score(t.Title, query)))
                .Where(t => t.Score > 0)
                .OrderByDescending(t => t.Score)
                .ThenByDescending(t => t.Entry.Published ?? DateTimeOffset.MinValue)
                .Select(t => t.Entry);
        return [.. ranked.Take(MaxChoices).Select(t => new AutocompleteChoice(MarkdownText.Truncate(t.Title, 100), t.ArticleId))];
    }

    /// <summary>3 for a title starting with the text, 2 for a word starting with it, 1 for every typed word found in the title.</summary>
    private static int Score(string title, string query)
    {
        if (title.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (title.Contains(" " + query, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => title.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }

    private async Task<IReadOnlyList<TitleEntry>> TitlesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (snapshot is { } fresh && now - fresh.Read < MaxAge && fresh.Refreshed == gate.LastFinished)
        {
            return fresh.Titles;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            var headings = await store.ListHeadingsAsync(cancellationToken);
            var titles = headings.Select(h => new TitleEntry(h.Id, h.Title, h.Published)).ToList();
            snapshot = new Snapshot(titles, now, gate.LastFinished);
            return titles;
        }
        finally
        {
            loading.Release();
        }
    }

    private sealed record TitleEntry(string ArticleId, string Title, DateTimeOffset? Published);

    private sealed record Snapshot(IReadOnlyList<TitleEntry> Titles, DateTimeOffset Read, DateTimeOffset? Refreshed);
}
