namespace NewsBot.Core.Answering;

/// <summary>How strict <see cref="CitationCheck"/> is.</summary>
/// <param name="DropUncitedSentences">Whether a sentence left with no valid citation is dropped (else kept, unmarked).</param>
/// <param name="MinSharedTermShare">Least share of a sentence's key words a passage it cites must hold.</param>
public sealed record CitationCheckSettings(bool DropUncitedSentences, double MinSharedTermShare)
{
    /// <summary>The settings of <paramref name="options"/>.</summary>
    public static CitationCheckSettings From(AnswerOptions options) => new(options.DropUncitedSentences, options.MinCitedTermShare);
}
