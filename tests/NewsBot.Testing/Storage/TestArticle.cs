using NewsBot.Core.Articles;
using NewsBot.Core.Storage;

namespace NewsBot.Testing.Storage;

/// <summary>An article ready to be written to a store: the article, its content hash and its embedded chunks.</summary>
public sealed record TestArticle(Article Article, string ContentHash, IReadOnlyList<EmbeddedChunk> Chunks)
{
    /// <summary>The article's id.</summary>
    public string Id => Article.Id;
}
