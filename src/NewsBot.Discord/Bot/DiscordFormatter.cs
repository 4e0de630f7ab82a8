using System.Globalization;
using NewsBot.Core.Answering;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Turns a grounded answer into Discord messages within Discord's limits: content ≤ 2000, embed title ≤ 256, description
/// ≤ 4096, ≤ 6000 characters and ≤ 10 embeds per message. Long answers are split at sentence ends with their <c>[n]</c>
/// markers; the sources link each title to its article. Every body pings no one.
/// </summary>
internal static class DiscordFormatter
{
    public const int MaxContent = 2000;
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFooter = 2048;
    public const int MaxEmbedTotal = 6000;
    public const int MaxEmbeds = 10;

    /// <summary>Custom id prefixes of the buttons under an answer; the answer's key follows the colon.</summary>
    public const string PassagesButton = "nb-passages:";
    public const string HelpfulButton = "nb-up:";
    public const string UnhelpfulButton = "nb-down:";

    /// <summary>The messages that carry <paramref name="answer"/>: the first edits the deferred reply, the rest follow it.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="answerKey">The key its buttons carry; null leaves the buttons off.</param>
    public static IReadOnlyList<MessageBody> Answer(GroundedAnswer answer, string? answerKey)
    {
        var title = MarkdownText.Truncate(MarkdownText.Escape(answer.Question), MaxTitle);
        var embeds = new List<Embed>();
        var text = MarkdownText.Neutralise(answer.Text.Length == 0 ? "No answer." : answer.Text);
        foreach (var piece in MessagePieces.Split(text, MaxDescription))
        {
            embeds.Add(new Embed(embeds.Count == 0 ? title : null, piece));
        }

        // Why a generated answer was set aside for the extractive one ("the model did not answer in time").
        if (answer.Note is { } note)
        {
            embeds[0] = embeds[0] with { Footer = new EmbedFooter(MarkdownText.Truncate(note, MaxFooter)) };
        }

        if (answer.Citations.Count > 0)
        {
            var lines = answer.Citations.Select(c => $"[{c.Number}] {Link(c.Title, c.Url)}{Meta(c.Outlet, c.Published)}");
            embeds.AddRange(LinesToEmbeds("Sources", lines));
        }

        if (answer.Declined && answer.Nearest.Count > 0)
        {
            var lines = answer.Nearest.Select(a => $"• {Link(a.Title, a.Url)}{Meta(a.Outlet, a.Published)}");
            embeds.AddRange(LinesToEmbeds("Nearest articles (they do not answer it)", lines));
        }

        var messages = Pack(embeds);
        if (answerKey is not null)
        {
            var buttons = new List<MessageComponent>();
            if (!answer.Declined && answer.Passages.Count > 0)
            {
                buttons.Add(MessageComponent.Button(PassagesButton + answerKey, "Show passages", null));
            }

            buttons.Add(MessageComponent.Button(HelpfulButton + answerKey, null, "👍"));
            buttons.Add(MessageComponent.Button(UnhelpfulButton + answerKey, null, "👎"));
            messages[0] = messages[0] with { Components = [MessageComponent.Row([.. buttons])] };
        }

        return messages;
    }

    /// <summary>The passages an answer cited, each under its citation number and title, for an ephemeral reply.</summary>
    public static MessageBody Passages(IReadOnlyList<CitedPassage> passages)
    {
        if (passages.Count == 0)
        {
            return Ephemeral("The passages of this answer are no longer in the index.");
        }

        var shown = passages.Take(MaxEmbeds).ToList();
        var budget = (MaxEmbedTotal / shown.Count) - MaxTitle;
        var embeds = shown.Select(p => new Embed(
            MarkdownText.Truncate($"[{p.Number}] {MarkdownText.Escape(p.Title)}", MaxTitle),
            MarkdownText.Truncate(MarkdownText.Escape(p.Text), Math.Min(budget, MaxDescription)))).ToList();
        return new MessageBody { Embeds = embeds, Flags = DiscordCodes.EphemeralFlag };
    }

    /// <summary>A plain message only the user who asked sees.</summary>
    /// <summary>A generated answer while it is written: its text so far, marked as a draft, its citations not yet checked.</summary>
    public static MessageBody Draft(string text) => Plain("✍️ " + text.Trim() + " …");

    public static MessageBody Ephemeral(string text) => Plain(text) with { Flags = DiscordCodes.EphemeralFlag };

    /// <summary>A plain message; its text is cut to 2000 characters and its mentions neutralised.</summary>
    public static MessageBody Plain(string text) => new() { Content = MarkdownText.Truncate(MarkdownText.Neutralise(text), MaxContent) };

    /// <summary>What a user sees when handling their request failed: a short sentence and the id the log holds the details under.</summary>
    public static MessageBody Error(string errorId, Exception? cause = null) => cause is NewsBot.Core.Storage.StoreUnavailableException
        ? Plain($"The news index is unavailable right now, so I cannot answer; please try again in a minute. If it lasts, give the bot's operator this error id: {errorId}.")
        : Plain($"Sorry, something went wrong while working on this. If it keeps happening, give the bot's operator this error id: {errorId}.");

    /// <summary><c>[title](url)</c> with the title's markdown escaped, or the escaped title alone when there is no URL.</summary>
    public static string Link(string title, string? url)
    {
        var text = MarkdownText.Escape(MarkdownText.Truncate(title, 200));
        return string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out _)
            ? text
            : $"[{text}]({MarkdownText.LinkTarget(url)})";
    }

    /// <summary>" — Outlet, 2026-11-17", leaving out what is unknown.</summary>
    public static string Meta(string? outlet, DateTimeOffset? published)
    {
        var parts = new[] { outlet is null ? null : MarkdownText.Escape(outlet), published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? string.Empty : " — " + string.Join(", ", parts);
    }

    /// <summary>Lines gathered into embeds of at most 4096 characters each, the first one titled.</summary>
    public static IEnumerable<Embed> LinesToEmbeds(string title, IEnumerable<string> lines)
    {
        var current = new List<string>();
        var length = 0;
        var first = true;
        foreach (var line in lines.Select(l => MarkdownText.Truncate(l, MaxDescription)))
        {
            if (current.Count > 0 && length + 1 + line.Length > MaxDescription)
            {
                yield return new Embed(first ? title : null, string.Join('\n', current));
                first = false;
                current.Clear();
                length = 0;
            }

            length += line.Length + (current.Count > 0 ? 1 : 0);
            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return new Embed(first ? title : null, string.Join('\n', current));
        }
    }

    /// <summary>Embeds in order, packed into as few messages as the 10-embed and 6000-character limits allow.</summary>
    public static List<MessageBody> Pack(IEnumerable<Embed> embeds)
    {
        var messages = new List<MessageBody>();
        var current = new List<Embed>();
        var total = 0;
        foreach (var embed in embeds)
        {
            if (current.Count > 0 && (current.Count == MaxEmbeds || total + embed.Length > MaxEmbedTotal))
            {
                messages.Add(new MessageBody { Embeds = [.. current] });
                current.Clear();
                total = 0;
            }

            current.Add(embed);
            total += embed.Length;
        }

        messages.Add(current.Count > 0 ? new MessageBody { Embeds = [.. current] } : Plain("No answer."));
        return messages;
    }
}
