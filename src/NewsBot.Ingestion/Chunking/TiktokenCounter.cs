using Microsoft.ML.Tokenizers;

namespace NewsBot.Ingestion.Chunking;

/// <summary>Counts cl100k_base tokens (the encoding of OpenAI's embedding models) with Microsoft.ML.Tokenizers.</summary>
internal sealed class TiktokenCounter : ITokenCounter
{
    private readonly Tokenizer tokenizer = TiktokenTokenizer.CreateForEncoding("cl100k_base");

    public int Count(string text) => tokenizer.CountTokens(text);
}
