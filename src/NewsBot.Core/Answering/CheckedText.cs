namespace NewsBot.Core.Answering;

/// <summary>
/// An answer text after <see cref="CitationCheck"/>: only supported <c>[n]</c> markers left, numbered from 1 in order
/// of first use, the citations they point to, and what the check removed.
/// </summary>
public sealed record CheckedText(
    string Text,
    IReadOnlyList<Citation> Citations,
    int MarkersOutOfRange,
    int CitationsUnsupported,
    int SentencesDropped)
{
    /// <summary>True when no sentence with a valid citation remains.</summary>
    public bool IsEmpty => Citations.Count == 0;
}
