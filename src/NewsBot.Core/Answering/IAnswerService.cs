using System.Runtime.CompilerServices;

namespace NewsBot.Core.Answering;

/// <summary>Answers a question from the indexed news, with citations; used by the CLI and by Discord.</summary>
public interface IAnswerService
{
    /// <summary>Answers, or declines when the indexed news does not support an answer.</summary>
    Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Answers as a stream: draft pieces while the answer is written, ending with exactly one update whose
    /// <see cref="AnswerUpdate.Final"/> is the checked answer. An answerer that cannot stream gives only that one.
    /// </summary>
    async IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return AnswerUpdate.Done(await AnswerAsync(request, cancellationToken));
    }
}
