namespace NewsBot.Core.Storage;

/// <summary>
/// A store that can tell which keywords no stored passage holds without ranking the passages that do (the SQLite store
/// matches each word unranked and stops at the first passage). Optional: retrieval otherwise runs a keyword search of
/// one hit per word, which on a large store ranks every passage holding a common word.
/// </summary>
public interface IKeywordLookup
{
    /// <summary>Those of <paramref name="words"/>, in their order, for which <see cref="IChunkStore.SearchLexicalAsync"/> of the word alone would find nothing.</summary>
    Task<IReadOnlyList<string>> UnmatchedAsync(IReadOnlyList<string> words, CancellationToken cancellationToken);
}
