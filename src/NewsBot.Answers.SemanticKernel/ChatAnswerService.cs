using System.ClientModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answers.SemanticKernel.Prompts;
using NewsBot.Core.Answering;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Text;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>
/// The generated answerer: retrieves, packs the best passages into the token budget, has the model write an answer
/// with the <c>answer</c> prompt, and passes it through the citation check. When the model fails, is too slow, or
/// writes nothing the check can keep, the extractive answer is given with a note saying why.
/// </summary>
internal sealed class ChatAnswerService(
    IRetriever retriever,
    [FromKeyedServices(AnswerServiceKeys.Extractive)] IAnswerService extractive,
    ChatModel model,
    PromptSet prompts,
    ITokenCounter tokens,
    IOptions<ChatOptions> chatOptions,
    IOptions<AnswerOptions> answerOptions,
    ChatMetrics metrics,
    TimeProvider time,
    ILogger<ChatAnswerService> logger) : IAnswerService
{
    /// <summary>The words the prompt asks the model to use when the passages do not answer.</summary>
    public const string NotInTheNews = "not in the indexed news";

    public async Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        // Who wrote a story is in its byline, when it came out in its date, and which outlets covered a topic in its stories'
        // outlets, which the passages do not carry as text: the extractive answerer reads them.
        if (Writer.Topic(request.Question) is not null)
        {
            return await extractive.AnswerAsync(request, cancellationToken);
        }

        var context = await PrepareAsync(request, cancellationToken);
        if (context.Passages.Count == 0)
        {
            return await extractive.AnswerAsync(request, cancellationToken);
        }

        using var limit = Limit(cancellationToken);
        ChatReply reply;
        try
        {
            reply = await model.CompleteAsync(prompts.Answer, context.Arguments, limit.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is an outside system: whatever goes wrong there, the reader still gets an answer.
            return await FallBackAsync(request, Failure(ex, limit), cancellationToken);
        }

        return await FinishAsync(request, context, reply, cancellationToken);
    }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Writer.Topic(request.Question) is not null)
        {
            yield return AnswerUpdate.Done(await extractive.AnswerAsync(request, cancellationToken));
            yield break;
        }

        var context = await PrepareAsync(request, cancellationToken);
        if (context.Passages.Count == 0)
        {
            yield return AnswerUpdate.Done(await extractive.AnswerAsync(request, cancellationToken));
            yield break;
        }

        using var limit = Limit(cancellationToken);
        var text = new StringBuilder();
        var (promptTokens, completionTokens) = ((long?)null, (long?)null);
        string? failure = null;
        var pieces = model.StreamAsync(prompts.Answer, context.Arguments, limit.Token).GetAsyncEnumerator(limit.Token);
        try
        {
            while (true)
            {
                try
                {
                    if (!await pieces.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = Failure(ex, limit);
                    break;
                }

                var piece = pieces.Current;
                (promptTokens, completionTokens) = (piece.PromptTokens ?? promptTokens, piece.CompletionTokens ?? completionTokens);
                if (piece.Text.Length > 0)
                {
                    text.Append(piece.Text);
                    yield return AnswerUpdate.Draft(piece.Text);
                }
            }
        }
        finally
        {
            await DisposeQuietlyAsync(pieces);
        }

        yield return AnswerUpdate.Done(failure is null
            ? await FinishAsync(request, context, new ChatReply(text.ToString(), promptTokens, completionTokens), cancellationToken)
            : await FallBackAsync(request, failure, cancellationToken));
    }

    private async Task<AnswerContext> PrepareAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        var settings = chatOptions.Value;
        var retrieval = await retriever.RetrieveAsync(
            new RetrievalRequest(request.Question) { AskedAt = request.AskedAt, Filter = request.Filter, MaxArticles = settings.MaxArticles, PassagesPerArticle = settings.PassagesPerArticle },
            cancellationToken);
        var passages = ContextPacker.Pack(retrieval, tokens, settings.ContextTokens, settings.PassagesPerArticle, PassageBlocks.Block);
        var rendered = PassageBlocks.All(passages);
        var arguments = new KernelArguments
        {
            ["question"] = request.Question,
            ["passages"] = rendered,
            ["today"] = retrieval.AskedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return new AnswerContext(retrieval, passages, arguments, tokens.Count(rendered));
    }

    private async Task<GroundedAnswer> FinishAsync(AnswerRequest request, AnswerContext context, ChatReply reply, CancellationToken cancellationToken)
    {
        var promptTokens = reply.PromptTokens ?? context.ContextTokens + tokens.Count(request.Question);
        var completionTokens = reply.CompletionTokens ?? tokens.Count(reply.Text);
        Log.Usage(logger, "answer", promptTokens, completionTokens, context.ContextTokens, context.Passages.Count);
        metrics.Used("answer", promptTokens, completionTokens);
        var checkedText = CitationCheck.Check(reply.Text, context.Passages, CitationCheckSettings.From(answerOptions.Value));
        Log.Checked(logger, checkedText.MarkersOutOfRange, checkedText.CitationsUnsupported, checkedText.SentencesDropped);
        if (checkedText.IsEmpty)
        {
            var reason = reply.Text.Contains(NotInTheNews, StringComparison.OrdinalIgnoreCase)
                ? "the language model found no answer in the retrieved passages"
                : "none of its sentences cited a passage that supports it";
            Log.SetAside(logger, reason);
            return await FallBackAsync(request, reason, cancellationToken);
        }

        metrics.Answered("generated");
        var scores = context.Retrieval.Articles.SelectMany(a => a.Passages).GroupBy(p => p.ChunkId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var used = context.Passages.Select(p => new UsedPassage(p.ArticleId, p.ChunkId, scores.GetValueOrDefault(p.ChunkId))).ToList();
        return new GroundedAnswer(request.Question, context.Retrieval.AskedAt, checkedText.Text, Declined: false, checkedText.Citations, used);
    }

    private async Task<GroundedAnswer> FallBackAsync(AnswerRequest request, string reason, CancellationToken cancellationToken)
    {
        metrics.Answered("extractive");
        var answer = await extractive.AnswerAsync(request, cancellationToken);
        return answer with { Note = $"The generated answer was set aside: {reason}. This answer quotes the articles instead." };
    }

    private Deadline Limit(CancellationToken cancellationToken) =>
        new(TimeSpan.FromSeconds(chatOptions.Value.TimeoutSeconds), time, cancellationToken);

    private string Failure(Exception exception, Deadline limit)
    {
        var reason = limit.Expired
            ? $"the language model did not answer within {chatOptions.Value.TimeoutSeconds} s"
            : Status(exception) is { } status
                ? $"the language model answered HTTP {status}"
                : "the language model could not be reached";
        Log.ModelFailed(logger, reason);
        return reason;
    }

    /// <summary>The HTTP status of a failed call, however Semantic Kernel or the OpenAI client reported it (streamed calls are not wrapped).</summary>
    private static int? Status(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => (int)status,
        HttpOperationException { InnerException: ClientResultException { Status: > 0 } inner } => inner.Status,
        ClientResultException { Status: > 0 } result => result.Status,
        _ => null,
    };

    private static async Task DisposeQuietlyAsync(IAsyncEnumerator<ChatReply> pieces)
    {
        try
        {
            await pieces.DisposeAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
        {
            // The stream broke or timed out; its failure is already reported.
        }
    }

    private sealed record AnswerContext(RetrievalResult Retrieval, IReadOnlyList<SourcePassage> Passages, KernelArguments Arguments, int ContextTokens);
}
