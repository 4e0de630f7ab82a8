using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answers.SemanticKernel.Prompts;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Core.Text;

namespace NewsBot.Answers.SemanticKernel;

/// <summary>
/// Summaries written by the model with the <c>summarize</c> prompt. The article is found as the extractive summariser
/// finds it; an article longer than the token budget is summarised in parts and the parts' summaries summarised
/// together. When the model fails or is too slow, the extractive summary is given.
/// </summary>
internal sealed partial class ChatSummarizer(
    [FromKeyedServices(AnswerServiceKeys.Extractive)] IArticleSummarizer extractive,
    IChunkStore store,
    ChatModel model,
    PromptSet prompts,
    ITokenCounter tokens,
    IOptions<ChatOptions> options,
    ChatMetrics metrics,
    TimeProvider time,
    ILogger<ChatSummarizer> logger) : IArticleSummarizer
{
    public async Task<SummaryResult> SummarizeAsync(string reference, CancellationToken cancellationToken)
    {
        var found = await extractive.SummarizeAsync(reference, cancellationToken);
        if (found.Summary is not { } summary || (await store.GetArticleAsync(summary.Citation.ArticleId, cancellationToken))?.Article is not { } article)
        {
            return found;
        }

        using var limit = new Deadline(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time, cancellationToken);
        try
        {
            var parts = Parts(article.Body, options.Value.ContextTokens);
            var texts = new List<string>();
            foreach (var part in parts)
            {
                texts.Add(await SummarizeAsync(article, part, limit.Token));
            }

            var text = texts.Count == 1 ? texts[0] : await SummarizeAsync(article, string.Join("\n\n", texts), limit.Token);
            var sentences = SentenceSplitter.SplitText(text).ToList();
            return sentences.Count == 0 ? found : new SummaryResult(summary with { Text = string.Join(' ', sentences) + " [1]", Sentences = sentences }, []);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is an outside system: the extractive summary stands in for it.
            Log.ModelFailed(logger, limit.Expired ? "timeout" : ex.GetType().Name);
            return found;
        }
    }

    /// <summary>The body in pieces of at most <paramref name="budget"/> tokens, cut between paragraphs or sentences.</summary>
    internal List<string> Parts(string body, int budget)
    {
        var parts = new List<string>();
        var current = new List<string>();
        var used = 0;
        foreach (var sentence in SentenceSplitter.SplitText(body))
        {
            var cost = tokens.Count(sentence) + 1;
            if (current.Count > 0 && used + cost > budget)
            {
                parts.Add(string.Join(' ', current));
                (current, used) = ([], 0);
            }

            current.Add(sentence);
            used += cost;
        }

        if (current.Count > 0)
        {
            parts.Add(string.Join(' ', current));
        }

        return parts;
    }

    private async Task<string> SummarizeAsync(Article article, string text, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments
        {
            ["title"] = article.Title,
            ["outlet"] = article.Outlet ?? "unknown outlet",
            ["date"] = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",
            ["text"] = text,
        };
        var reply = await model.CompleteAsync(prompts.Summarize, arguments, cancellationToken);
        var promptTokens = reply.PromptTokens ?? tokens.Count(text);
        var completionTokens = reply.CompletionTokens ?? tokens.Count(reply.Text);
        Log.Usage(logger, "summarize", promptTokens, completionTokens, tokens.Count(text), 1);
        metrics.Used("summarize", promptTokens, completionTokens);
        return Markers().Replace(reply.Text, string.Empty).Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\[\d{1,4}(?:\s*,\s*\d{1,4})*\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Markers();
}
