namespace NewsBot.Ingestion.Reading;

/// <summary>One line of a folder's <c>articles.jsonl</c> manifest.</summary>
internal sealed record ManifestEntry(string? Id, string? File, string? Title, string? Source, string? Url, string? Date)
{
    /// <summary>The manifest's date, already checked by <see cref="ArticleManifest"/>.</summary>
    public DateTimeOffset? Published { get; init; }
}
