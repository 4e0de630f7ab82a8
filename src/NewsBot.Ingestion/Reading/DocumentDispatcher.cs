namespace NewsBot.Ingestion.Reading;

/// <summary>Hands a document to the first reader that understands it.</summary>
internal sealed class DocumentDispatcher(IEnumerable<IArticleReader> readers)
{
    private readonly IArticleReader[] readers = readers.ToArray();

    /// <summary>File extensions that some reader handles; other files in a folder are skipped.</summary>
    public static IReadOnlySet<string> KnownExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom",
    };

    /// <summary>Reads the document with the first reader that can, or reports that its format is unknown.</summary>
    public IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        var reader = readers.FirstOrDefault(r => r.CanRead(document));
        if (reader is not null)
        {
            return reader.ReadAsync(document, cancellationToken);
        }

        var kind = document.MediaType ?? (document.Extension.Length > 0 ? document.Extension : "no extension");
        return new[] { ReadOutcome.Failure(document.Origin, $"{document.Origin} is not a format NewsBot can read ({kind}).") }.ToAsyncEnumerable();
    }
}
