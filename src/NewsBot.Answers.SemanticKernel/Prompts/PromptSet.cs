using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace NewsBot.Answers.SemanticKernel.Prompts;

/// <summary>The three prompts, loaded once from <see cref="ChatOptions.PromptsPath"/> (checked at start by the options validator).</summary>
internal sealed class PromptSet(IOptions<ChatOptions> options)
{
    private readonly Lazy<(KernelFunction Answer, KernelFunction Summarize, KernelFunction Condense)> functions = new(() =>
    {
        var folder = PromptFolder.Resolve(options.Value.PromptsPath);
        if (PromptFolder.Problem(folder) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return (PromptFolder.Load(folder, "answer"), PromptFolder.Load(folder, "summarize"), PromptFolder.Load(folder, "condense"));
    });

    public KernelFunction Answer => functions.Value.Answer;

    public KernelFunction Summarize => functions.Value.Summarize;

    public KernelFunction Condense => functions.Value.Condense;
}
