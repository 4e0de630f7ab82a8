using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Chunking;

/// <summary>
/// Cuts an article into passages of whole sentences, each at most <see cref="ChunkingOptions.MaxTokens"/> tokens,
/// repeating up to <see cref="ChunkingOptions.OverlapTokens"/> tokens of trailing sentences in the next passage.
/// </summary>
internal sealed class SentenceChunker(ITokenCounter tokens, IOptions<ChunkingOptions> options)
{
    public IReadOnlyList<Chunk> Split(Article article)
    {
        var settings = options.Value;
        var sentences = Sentences(article.Body, settings.MaxTokens).ToList();
        var chunks = new List<Chunk>();
        var current = new List<(string Text, int Tokens, int Paragraph)>();
        var size = 0;
        foreach (var sentence in sentences)
        {
            if (size + sentence.Tokens > settings.MaxTokens && current.Count > 0)
            {
                chunks.Add(Build(article, chunks.Count, current));
                (current, size) = Overlap(current, settings.OverlapTokens, settings.MaxTokens - sentence.Tokens);
            }

            current.Add(sentence);
            size += sentence.Tokens;
        }

        if (current.Count > 0)
        {
            chunks.Add(Build(article, chunks.Count, current));
        }

        return chunks;
    }

    /// <summary>Version of the cutting rules; raise it when they change so that every article is cut again.</summary>
    private const int RulesVersion = 2;

    /// <summary>
    /// The hash an article is stored under: its content hash plus how it was cut, so that changing the passage size
    /// or the rules re-indexes every article on the next run instead of leaving passages cut the old way.
    /// </summary>
    public string Fingerprint(string contentHash) =>
        $"{contentHash}:c{RulesVersion}.{options.Value.MaxTokens}.{options.Value.OverlapTokens}";

    /// <summary>The text that is embedded for a passage: title and date first, so every passage carries its context.</summary>
    public static string EmbeddingText(Article article, string text)
    {
        var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return date is null ? $"{article.Title}\n{text}" : $"{article.Title}\n{date}\n{text}";
    }

    private IEnumerable<(string Text, int Tokens, int Paragraph)> Sentences(string body, int maxTokens)
    {
        var number = 0;
        foreach (var paragraph in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            number++;
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                // One more for the space or line break that joins it to the previous sentence.
                var count = tokens.Count(sentence) + 1;
                if (count <= maxTokens)
                {
                    yield return (sentence, count, number);
                    continue;
                }

                foreach (var piece in SplitLong(sentence, maxTokens, number))
                {
                    yield return piece;
                }
            }
        }
    }

    /// <summary>A sentence longer than a passage is cut between words, a run longer than any word into pieces first.</summary>
    private IEnumerable<(string Text, int Tokens, int Paragraph)> SplitLong(string sentence, int maxTokens, int paragraph)
    {
        var piece = new StringBuilder();
        var pieceTokens = 0;
        foreach (var word in LongWords.Break(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordTokens = tokens.Count(" " + word);
            if (pieceTokens + wordTokens > maxTokens && piece.Length > 0)
            {
                yield return (piece.ToString(), tokens.Count(piece.ToString()), paragraph);
                piece.Clear();
                pieceTokens = 0;
            }

            if (piece.Length > 0)
            {
                piece.Append(' ');
            }

            piece.Append(word);
            pieceTokens += wordTokens;
        }

        if (piece.Length > 0)
        {
            yield return (piece.ToString(), tokens.Count(piece.ToString()), paragraph);
        }
    }

    private static (List<(string Text, int Tokens, int Paragraph)> Kept, int Size) Overlap(List<(string Text, int Tokens, int Paragraph)> previous, int overlapTokens, int room)
    {
        var kept = new List<(string Text, int Tokens, int Paragraph)>();
        var size = 0;
        for (var i = previous.Count - 1; i > 0; i--)
        {
            var sentence = previous[i];
            if (size + sentence.Tokens > Math.Min(overlapTokens, room))
            {
                break;
            }

            kept.Insert(0, sentence);
            size += sentence.Tokens;
        }

        return (kept, size);
    }

    private Chunk Build(Article article, int position, List<(string Text, int Tokens, int Paragraph)> sentences)
    {
        // Sentences of one paragraph are joined by a space, paragraphs by a line break, so readers of a passage
        // (answers, summaries) still see where a heading or a pull quote ends.
        var text = new System.Text.StringBuilder(sentences[0].Text);
        for (var i = 1; i < sentences.Count; i++)
        {
            text.Append(sentences[i].Paragraph == sentences[i - 1].Paragraph ? ' ' : '\n').Append(sentences[i].Text);
        }

        return new Chunk(
            ArticleId.ChunkId(article.Id, position),
            article.Id,
            position,
            text.ToString(),
            EmbeddingText(article, text.ToString()),
            tokens.Count(text.ToString()));
    }
}
