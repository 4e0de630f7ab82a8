namespace NewsBot.Ingestion.Reading;

/// <summary>Reads one document format (dated text, Markdown, HTML, feeds, …) into articles.</summary>
internal interface IArticleReader
{
    /// <summary>True when this reader understands the document (by extension, media type or sniffed content).</summary>
    bool CanRead(SourceDocument document);

    /// <summary>Reads the document; a feed yields one outcome per item, other formats one outcome.</summary>
    IAsyncEnumerable<ReadOutcome> ReadAsync(SourceDocument document, CancellationToken cancellationToken);
}
