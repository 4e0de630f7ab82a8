namespace NewsBot.Core.Retrieval;

/// <summary>Finds the articles and passages that bear on a question.</summary>
public interface IRetriever
{
    /// <summary>Ranks indexed articles for <paramref name="request"/>.</summary>
    Task<RetrievalResult> RetrieveAsync(RetrievalRequest request, CancellationToken cancellationToken);
}
