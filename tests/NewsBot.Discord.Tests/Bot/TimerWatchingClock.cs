using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Bot;

/// <summary>A fake clock that tells the test each timer it creates (a <c>Task.Delay</c> on it), once the timer is set.</summary>
internal sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer created, waiting up to 5 s for it.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(5));
        return await created.Reader.ReadAsync(wait.Token);
    }
}
