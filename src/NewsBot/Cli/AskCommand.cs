using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;
using NewsBot.Core.Storage;

namespace NewsBot.Cli;

/// <summary><c>newsbot ask "question" [--since DATE|day|week] [--source OUTLET] [--as-of DATE] [--json]</c>.</summary>
internal sealed class AskCommand(IAnswerService answers, EmptyIndexFiller filler, TimeProvider time)
{
    public static Command Define(VerbRunner runVerb)
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var since = new Option<string?>("--since") { Description = "Only articles published since a date (YYYY-MM-DD), or 'day' / 'week'." };
        var source = new Option<string[]>("--source") { Description = "Only articles from this outlet (repeatable).", AllowMultipleArgumentsPerToken = false };
        var asOf = new Option<string?>("--as-of") { Description = "Ask as if at this date (YYYY-MM-DD or an ISO moment)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("ask", "Answer a question from the indexed news, with numbered citations.") { question, since, source, asOf, json };
        command.SetAction((parsed, _) => runVerb(
            new Dictionary<string, string?>(),
            (services, output, error, token) => services.GetRequiredService<AskCommand>().RunAsync(
                parsed.GetValue(question)!, parsed.GetValue(since), parsed.GetValue(source) ?? [], parsed.GetValue(asOf), parsed.GetValue(json), output, error, token)));
        return command;
    }

    public async Task<int> RunAsync(string question, string? since, IReadOnlyList<string> sources, string? asOf, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            await error.WriteLineAsync("Ask a question, for example: newsbot ask \"What did the council decide?\"");
            return ExitCodes.BadInput;
        }

        DateTimeOffset? askedAt = null;
        if (asOf is not null)
        {
            if (Moments.Parse(asOf) is not { } moment)
            {
                await error.WriteLineAsync($"--as-of '{asOf}' is not a date like 2026-11-20.");
                return ExitCodes.BadInput;
            }

            askedAt = moment;
        }

        var now = askedAt ?? time.GetUtcNow();
        DateTimeOffset? from = null;
        if (since is not null)
        {
            from = since.ToLowerInvariant() switch
            {
                "day" => now.AddDays(-1),
                "week" => now.AddDays(-7),
                _ => Moments.Parse(since),
            };
            if (from is null)
            {
                await error.WriteLineAsync($"--since '{since}' must be a date like 2026-11-20, 'day' or 'week'.");
                return ExitCodes.BadInput;
            }
        }

        await filler.FillIfEmptyAsync(error, cancellationToken);

        var request = new AnswerRequest(question) { AskedAt = askedAt, Filter = new SearchFilter { Outlets = sources, From = from } };
        GroundedAnswer? answer = null;
        var drafted = false;
        await foreach (var update in answers.StreamAsync(request, cancellationToken))
        {
            if (update.Final is { } final)
            {
                answer = final;
            }
            else if (!json)
            {
                // The draft goes to the error stream as it is written; the checked answer below is what stdout gets.
                await error.WriteAsync(update.Delta);
                await error.FlushAsync(cancellationToken);
                drafted = true;
            }
        }

        if (drafted)
        {
            await error.WriteLineAsync(Environment.NewLine + "(draft above; checked answer follows)");
        }

        if (answer is null)
        {
            throw new InvalidOperationException("The answer stream ended without its checked answer.");
        }

        await output.WriteAsync(json ? AnswerFormatter.Json(answer) + Environment.NewLine : AnswerFormatter.Terminal(answer, 80));
        return ExitCodes.Success;
    }
}
