using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// Wraps the OpenAI-compatible generator so its failures read as what to fix: endpoint errors become
/// <see cref="EmbeddingEndpointException"/>s naming the setting, and vectors of the wrong size are refused before they
/// reach the store. The indexer reports both per article instead of stopping the whole run.
/// </summary>
internal sealed class EndpointEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EmbeddingOptions options)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? generationOptions = null,
        CancellationToken cancellationToken = default)
    {
        GeneratedEmbeddings<Embedding<float>> embeddings;
        try
        {
            embeddings = await base.GenerateAsync(values, generationOptions, cancellationToken);
        }
        catch (ClientResultException ex)
        {
            // The endpoint's own words may echo the request, API key included: they are masked, and the original
            // exception (whose message holds the raw response) is not kept, so no log line can show it either.
            throw new EmbeddingEndpointException(SecretMasker.Redact(Explain(ex), options.ApiKey), null, ex.Status == 0 ? null : (HttpStatusCode)ex.Status);
        }

        if (embeddings.FirstOrDefault(e => e.Vector.Length != options.Dimensions) is { } wrong)
        {
            throw new InvalidOperationException(
                $"the embedding model '{options.Model}' at {options.Endpoint} returned vectors of {wrong.Vector.Length} numbers, " +
                $"but NewsBot:Embedding:Dimensions is {options.Dimensions}; set it to {wrong.Vector.Length} (the endpoint does not shorten vectors).");
        }

        return embeddings;
    }

    private string Explain(ClientResultException ex) => ex.Status switch
    {
        0 => $"the embedding endpoint {options.Endpoint} could not be reached ({ex.InnerException?.Message ?? ex.Message}); check NewsBot:Embedding:Endpoint and that the server is running.",
        401 or 403 => $"the embedding endpoint {options.Endpoint} refused the API key (HTTP {ex.Status}); check NewsBot:Embedding:ApiKey.",
        404 => $"the embedding endpoint {options.Endpoint} has no embeddings for model '{options.Model}' (HTTP 404{Detail(ex)}); check NewsBot:Embedding:Endpoint and NewsBot:Embedding:Model.",
        429 => $"the embedding endpoint {options.Endpoint} kept limiting requests (HTTP 429{Detail(ex)}) after retries; try again later or lower NewsBot:Embedding:BatchSize.",
        >= 400 and < 500 => $"the embedding endpoint {options.Endpoint} rejected the request (HTTP {ex.Status}{Detail(ex)}); check NewsBot:Embedding:Model and NewsBot:Embedding:Dimensions.",
        _ => $"the embedding endpoint {options.Endpoint} failed (HTTP {ex.Status}{Detail(ex)}) after retries; try again later.",
    };

    /// <summary>The server's own <c>error.message</c>, when its body is OpenAI's error shape.</summary>
    private static string Detail(ClientResultException ex)
    {
        try
        {
            using var body = JsonDocument.Parse(ex.GetRawResponse()?.Content ?? BinaryData.Empty);
            return body.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                ? ": " + message.GetString()
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
