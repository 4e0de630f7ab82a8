using NewsBot.Core.Answering;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>Grounded answers to format.</summary>
internal static class Answers
{
    public static Citation Cite(int n, string title = "Tram approved", string? url = "https://example.org/a") =>
        new(n, $"a-{n}", title, "Valley Courier", new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), url);

    public static GroundedAnswer Of(string text, params Citation[] citations) =>
        new("What happened?", DateTimeOffset.UnixEpoch, text, false, citations, [.. citations.Select(c => new UsedPassage(c.ArticleId, c.ArticleId + "#0", 1))]);
}
