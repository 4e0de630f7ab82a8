namespace NewsBot.Testing.OpenAi;

/// <summary>One request the OpenAI stand-in received, as it read it, and the status it answered with.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, e.g. <c>/v1/embeddings</c>.</param>
/// <param name="Authorization">The raw <c>Authorization</c> header, or null when none was sent.</param>
/// <param name="Model">The <c>model</c> field, or null when missing or unreadable.</param>
/// <param name="Inputs">The <c>input</c> texts in order (a single string becomes one entry).</param>
/// <param name="EncodingFormat">The <c>encoding_format</c> field, or null when not sent.</param>
/// <param name="Dimensions">The <c>dimensions</c> field, or null when not sent.</param>
/// <param name="Status">The HTTP status the stand-in answered with.</param>
public sealed record ReceivedEmbeddingRequest(
    string Method,
    string Path,
    string? Authorization,
    string? Model,
    IReadOnlyList<string> Inputs,
    string? EncodingFormat,
    int? Dimensions,
    int Status);
