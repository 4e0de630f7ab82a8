using System.Globalization;
using NewsBot.Core.Answering;
using NewsBot.Core.Indexing;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>The bot's other messages: help, sources, summaries and re-index progress, within Discord's limits.</summary>
internal static class NoticeFormatter
{
    public static MessageBody Help() => new()
    {
        Embeds =
        [
            new Embed("NewsBot", string.Join('\n',
                "I answer questions from the indexed news, citing the articles with [n] links.",
                "`/ask question [since] [source]` — ask a question; `since` takes words like `last week` or a date, `source` an outlet.",
                "`/summarize article` — summarise one article (start typing its title).",
                "`/sources` — the sources I read, with their article counts.",
                "`/reindex [source]` — re-read the sources now (Manage Server or an admin role).",
                "Mention me or DM me to ask too; reply to my answer to ask a follow-up.")),
        ],
        Flags = DiscordCodes.EphemeralFlag,
    };

    public static MessageBody Sources(IReadOnlyList<SourceStatus> sources, DateTimeOffset? lastRefresh)
    {
        if (sources.Count == 0)
        {
            return DiscordFormatter.Plain("No sources are configured (NewsBot:Sources).");
        }

        var lines = sources.Select(s => $"• {MarkdownText.Escape(s.Location)} — {Count(s.Articles, "article")}");
        var embeds = DiscordFormatter.LinesToEmbeds("Sources", lines).ToList();
        var refreshed = lastRefresh is { } at ? "Last refreshed " + Timestamp(at) : "Not refreshed since the bot started";
        embeds[^1] = embeds[^1] with { Footer = new EmbedFooter(refreshed) };
        return DiscordFormatter.Pack(embeds)[0];
    }

    public static MessageBody Summary(ArticleSummary summary)
    {
        var c = summary.Citation;
        var embed = new Embed(
            MarkdownText.Truncate(MarkdownText.Escape(c.Title), DiscordFormatter.MaxTitle),
            MarkdownText.Truncate(MarkdownText.Neutralise(summary.Text), DiscordFormatter.MaxDescription))
        {
            Url = c.Url is not null && Uri.TryCreate(c.Url, UriKind.Absolute, out _) ? c.Url : null,
            Footer = DiscordFormatter.Meta(c.Outlet, c.Published) is { Length: > 0 } meta ? new EmbedFooter(meta[3..]) : null,
        };
        return new MessageBody { Embeds = [embed] };
    }

    public static MessageBody Candidates(IReadOnlyList<Citation> candidates)
    {
        var lines = candidates.Take(20).Select(c => $"• {DiscordFormatter.Link(c.Title, c.Url)}{DiscordFormatter.Meta(c.Outlet, c.Published)}");
        return new MessageBody { Embeds = [.. DiscordFormatter.LinesToEmbeds("Several articles match; which one?", lines).Take(1)] };
    }

    public static MessageBody ReindexProgress(ReindexProgress status) =>
        DiscordFormatter.Plain($"Re-indexing… {status.Done} of {status.Total} items done, {Count(status.Failures, "failure")}.");

    /// <summary>The ephemeral answer to a <c>/reindex</c> while one runs: how far it is.</summary>
    public static MessageBody AlreadyRunning(ReindexProgress running) =>
        DiscordFormatter.Ephemeral($"A re-index is already running: {running.Done} of {running.Total} items done, {Count(running.Failures, "failure")}. Try again when it has finished.");

    public static MessageBody ReindexReport(ReindexReport report)
    {
        var text = report.Stopped ? "Re-indexing was stopped before it finished; what it wrote is kept.\n" : "Re-indexing finished.\n";
        text += $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {Count(report.Failures.Count, "failure")}.";
        foreach (var failure in report.Failures.Take(10))
        {
            text += $"\n• {MarkdownText.Escape(failure.Origin)}: {MarkdownText.Escape(failure.Reason)}";
        }

        if (report.Failures.Count > 10)
        {
            text += $"\n…and {report.Failures.Count - 10} more.";
        }

        return DiscordFormatter.Plain(text);
    }

    public static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    /// <summary>A footer shows no markdown or Discord timestamps, so the time is written out in UTC.</summary>
    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
