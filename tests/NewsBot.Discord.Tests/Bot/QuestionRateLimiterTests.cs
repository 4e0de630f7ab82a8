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

    [Fact]
    public void TryAcquire_HalfARefillLater_ToldTheRemainingHalf()
    {
        var time = new FakeTimeProvider();
        using var limiter = new QuestionRateLimiter(Options.Create(new DiscordOptions { QuestionsPerMinute = 5 }), time);
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(limiter.TryAcquire("u1"));
        }

        time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(TimeSpan.FromSeconds(6), limiter.TryAcquire("u1"));
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Null(limiter.TryAcquire("u1"));
    }

    [Fact]
    public void TryAcquire_QuietForLong_AllowanceFullAgainButNotMore()
    {
        var time = new FakeTimeProvider();
        using var limiter = new QuestionRateLimiter(Options.Create(new DiscordOptions { QuestionsPerMinute = 3 }), time);
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire("u1");
        }

        time.Advance(TimeSpan.FromHours(2));

        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("u1") is null));
    }
}
