namespace NewsBot.Ingestion.Cleaning;

/// <summary>An article's title and body with page furniture removed and metadata lifted out.</summary>
/// <param name="Title">The headline; empty when none could be found.</param>
/// <param name="Paragraphs">The kept paragraphs, in order.</param>
/// <param name="Byline">The byline found in the text ("Press Association"), without the leading "By".</param>
/// <param name="Dateline">The publication time found in a dateline, when there was one.</param>
internal sealed record CleanedText(string Title, IReadOnlyList<string> Paragraphs, string? Byline, DateTimeOffset? Dateline)
{
    /// <summary>The outlet named by a dateline opening the story ("CNN —", "(Reuters)"), when there was one.</summary>
    public string? Outlet { get; init; }

    /// <summary>The body: paragraphs separated by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
