using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Core.Summaries;

namespace NewsBot.Cli;

/// <summary><c>newsbot summarize &lt;article id | url | words of the title&gt;</c>.</summary>
internal sealed class SummarizeCommand(IArticleSummarizer summarizer, EmptyIndexFiller filler)
{
    public static Command Define(VerbRunner runVerb)
    {
        var reference = new Argument<string[]>("article") { Description = "An article id, its URL, or words of its title.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("summarize", "Summarise one indexed article, ending with its citation.") { reference };
        command.SetAction((parsed, _) => runVerb(
            new Dictionary<string, string?>(),
            (services, output, error, token) => services.GetRequiredService<SummarizeCommand>()
                .RunAsync(string.Join(' ', parsed.GetValue(reference) ?? []), output, error, token)));
        return command;
    }

    public async Task<int> RunAsync(string reference, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            await error.WriteLineAsync("Name an article: its id, its URL or words of its title.");
            return ExitCodes.BadInput;
        }

        await filler.FillIfEmptyAsync(error, cancellationToken);
        var result = await summarizer.SummarizeAsync(reference, cancellationToken);
        if (result.Summary is { } summary)
        {
            await output.WriteAsync(AnswerFormatter.Terminal(
                new GroundedAnswer(reference, DateTimeOffset.MinValue, summary.Text, false, [summary.Citation], []), 80));
            return ExitCodes.Success;
        }

        if (result.NotFound)
        {
            await error.WriteLineAsync($"No indexed article matches '{reference}'.");
            return ExitCodes.BadInput;
        }

        await output.WriteLineAsync($"Several articles match '{reference}'; name one by its id:");
        foreach (var c in result.Candidates)
        {
            var date = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            await output.WriteLineAsync($"  {c.ArticleId}  {c.Title} ({c.Outlet ?? "unknown outlet"}, {date})");
        }

        return ExitCodes.BadInput;
    }
}
