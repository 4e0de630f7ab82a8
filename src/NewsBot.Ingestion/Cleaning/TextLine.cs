namespace NewsBot.Ingestion.Cleaning;

/// <summary>One non-empty line of text and the blank-line-separated block it belongs to.</summary>
internal sealed record TextLine(string Text, int Block)
{
    /// <summary>Number of whitespace-separated words.</summary>
    public int Words { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
