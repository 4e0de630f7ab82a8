using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answering;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>Answers every question with one cited sentence, and records the questions it was asked.</summary>
internal sealed class FakeAnswerService : IAnswerService
{
    public List<string> Questions { get; } = [];

    public Exception? Failure { get; set; }

    /// <summary>When true, the answer text starts by repeating the question (to see what the bot does with a user's words).</summary>
    public bool Echo { get; set; }

    /// <summary>Draft pieces streamed before the answer, each after the clock has moved by its delay (as a chat model writes).</summary>
    public List<(TimeSpan After, string Text)> Drafts { get; } = [];

    /// <summary>The clock the drafts move; needed when <see cref="Drafts"/> is used.</summary>
    public FakeTimeProvider? Clock { get; set; }

    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (after, text) in Drafts)
        {
            Clock?.Advance(after);
            yield return AnswerUpdate.Draft(text);
        }

        yield return AnswerUpdate.Done(await AnswerAsync(request, cancellationToken));
    }

    public Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Questions.Add(request.Question);
        if (Failure is not null)
        {
            throw Failure;
        }

        var citation = new Citation(1, "a-1", "Eastfield tram *approved*", "Valley Courier", new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), "https://example.org/tram");
        var text = (Echo ? "You asked: " + request.Question + " " : "") + "The council approved the tram. [1]";
        return Task.FromResult(new GroundedAnswer(request.Question, DateTimeOffset.UnixEpoch, text, false, [citation],
            [new UsedPassage("a-1", "a-1#0", 0.9)]));
    }
}
