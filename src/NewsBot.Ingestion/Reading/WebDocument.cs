namespace NewsBot.Ingestion.Reading;

/// <summary>A fetched web response: where it ended up, its media type and its decoded text.</summary>
internal sealed record WebDocument(Uri Uri, string? MediaType, string Text);
