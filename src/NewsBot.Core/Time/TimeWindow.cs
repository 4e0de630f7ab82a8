namespace NewsBot.Core.Time;

/// <summary>A span of publication time a question refers to, with the words that named it.</summary>
public sealed record TimeWindow(DateTimeOffset From, DateTimeOffset To, string Phrase)
{
    /// <summary>Whether a moment falls inside the window (inclusive).</summary>
    public bool Contains(DateTimeOffset moment) => moment >= From && moment <= To;
}
