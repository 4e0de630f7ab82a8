namespace NewsBot.Core.Answering;

/// <summary>Answers a question from the indexed news, with citations; used by the CLI and by Discord.</summary>
public interface IAnswerService
{
    /// <summary>Answers, or declines when the indexed news does not support an answer.</summary>
    Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);
}
