namespace NewsBot.Core.Time;

/// <summary>A question with its time phrase found and taken out.</summary>
/// <param name="Window">The window the phrase names, or null when the question names none.</param>
/// <param name="Remainder">The question without the time phrase, for keyword search.</param>
public sealed record TemporalExpression(TimeWindow? Window, string Remainder);
