namespace NewsBot.Core.Summaries;

/// <summary>Summarises an indexed article named by its id, its URL or words of its title.</summary>
public interface IArticleSummarizer
{
    /// <summary>Summarises the article <paramref name="reference"/> names; lists candidates when it is ambiguous.</summary>
    Task<SummaryResult> SummarizeAsync(string reference, CancellationToken cancellationToken);
}
