using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Articles;

/// <summary>Deterministic ids and content hashes for articles and chunks.</summary>
public static class ArticleId
{
    /// <summary>An id derived from where the article was read, stable across runs.</summary>
    public static string FromOrigin(string origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        return "a-" + Hex(origin.Trim(), 16);
    }

    /// <summary>A hash of everything that, when changed, requires re-indexing the article.</summary>
    public static string ContentHash(Article article)
    {
        var text = string.Join('\u001f',
            article.Title,
            article.Body,
            article.Outlet ?? string.Empty,
            article.Published?.ToString("O") ?? string.Empty,
            article.Url ?? string.Empty,
            article.Byline ?? string.Empty);
        return Hex(text, 32);
    }

    /// <summary>The id of the chunk at <paramref name="position"/> in an article.</summary>
    public static string ChunkId(string articleId, int position) => $"{articleId}#{position}";

    private static string Hex(string text, int length)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..length];
    }
}
