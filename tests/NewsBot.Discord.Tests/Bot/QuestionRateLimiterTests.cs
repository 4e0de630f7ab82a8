using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Bot;

namespace NewsBot.Discord.Tests.Bot;

public sealed class QuestionRateLimiterTests
{
    [Fact]
    public void TryAcquire_OverLimit_RefusedUntilRefilled()
    {
        var time = new FakeTimeProvider();
        using var limiter = new QuestionRateLimiter(Options.Create(new DiscordOptions { QuestionsPerMinute = 2 }), time);

        Assert.Null(limiter.TryAcquire("u1"));
        Assert.Null(limiter.TryAcquire("u1"));
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.TryAcquire("u1"));
        Assert.Null(limiter.TryAcquire("u2"));

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(limiter.TryAcquire("u1"));
        Assert.NotNull(limiter.TryAcquire("u1"));
    }
}
