using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage;

/// <summary>An article as held by a store, with the hash it was indexed from.</summary>
public sealed record StoredArticle(Article Article, string ContentHash, int ChunkCount);
