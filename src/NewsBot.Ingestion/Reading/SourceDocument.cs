namespace NewsBot.Ingestion.Reading;

/// <summary>The raw text of one file or web response, with where it came from.</summary>
/// <param name="Origin">File path or URL of this document.</param>
/// <param name="SourceKey">The normalised location the reading started from.</param>
/// <param name="IdKey">A stable text from which the article id is derived.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Extension">Lower-case file extension with its dot, or empty.</param>
/// <param name="MediaType">The HTTP media type, when fetched from the web.</param>
internal sealed record SourceDocument(
    string Origin,
    string SourceKey,
    string IdKey,
    string Text,
    string Extension,
    string? MediaType)
{
    /// <summary>The URL of the document when it came from the web.</summary>
    public Uri? WebUri => Uri.TryCreate(Origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
