using Microsoft.ML.Tokenizers;

namespace NewsBot.Core.Text;

/// <summary>
/// Counts cl100k_base tokens (the encoding of OpenAI's embedding models) with Microsoft.ML.Tokenizers. Runs of more than
/// <see cref="LongWords.MaxLength"/> characters without whitespace are counted as broken into pieces: the tokeniser's
/// time grows with the square of a run's length, and the chunker cuts such runs there anyway.
/// </summary>
public sealed class TiktokenCounter : ITokenCounter
{
    private readonly Tokenizer tokenizer = TiktokenTokenizer.CreateForEncoding("cl100k_base");

    /// <inheritdoc />
    public int Count(string text) => tokenizer.CountTokens(LongWords.Break(text));
}
