using System.Net;

namespace NewsBot.Ingestion.Embedding;

/// <summary>
/// The OpenAI-compatible embedding endpoint failed or could not be reached. The message is a clause naming the setting
/// to check (it reads after "failed: article: " in an index report); <see cref="Sentence"/> is the same as a sentence.
/// </summary>
public sealed class EmbeddingEndpointException : HttpRequestException
{
    /// <summary>Creates the exception from the explained failure.</summary>
    public EmbeddingEndpointException(string message, Exception? innerException, HttpStatusCode? statusCode)
        : base(message, innerException, statusCode)
    {
    }

    /// <summary>The message as a sentence of its own, for a terminal.</summary>
    public string Sentence => Message.Length == 0 ? Message : char.ToUpperInvariant(Message[0]) + Message[1..];
}
