using NewsBot.Core.Summaries;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>Finds nothing; the bot tests do not summarise.</summary>
internal sealed class FakeSummarizer : IArticleSummarizer
{
    public Task<SummaryResult> SummarizeAsync(string reference, CancellationToken cancellationToken) => Task.FromResult(new SummaryResult(null, []));
}
