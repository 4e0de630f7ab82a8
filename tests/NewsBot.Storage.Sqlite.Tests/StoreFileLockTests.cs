using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Storage.Sqlite.Tests;

public sealed class StoreFileLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TryAcquire_HeldByAnotherRun_ReturnsNullUntilReleased()
    {
        var store = _folder.File();
        var first = StoreFileLock.For(store, TimeProvider.System);
        var second = StoreFileLock.For(store, TimeProvider.System);

        var held = first.TryAcquire();
        var refused = second.TryAcquire();
        held!.Dispose();
        using var taken = second.TryAcquire();

        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(taken);
        Assert.True(File.Exists(store + ".lock"));
    }

    [Fact]
    public async Task AcquireAsync_HeldByAnotherRun_SaysItWaitsAndTakesItOnceReleased()
    {
        var store = _folder.File();
        var time = new FakeTimeProvider();
        var held = StoreFileLock.For(store, time).TryAcquire()!;
        var waits = 0;

        var acquiring = StoreFileLock.For(store, time).AcquireAsync(() => { waits++; return Task.CompletedTask; }, Ct);
        time.Advance(TimeSpan.FromSeconds(5));
        var stillWaiting = !acquiring.IsCompleted;
        held.Dispose();
        for (var polls = 0; !acquiring.IsCompleted && polls < 400; polls++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(10, Ct);
        }

        using var taken = await acquiring.WaitAsync(TimeSpan.FromSeconds(1), Ct);

        Assert.True(stillWaiting);
        Assert.Equal(1, waits);
    }

    [Fact]
    public async Task AcquireAsync_Free_TakesItWithoutSayingItWaits()
    {
        var waits = 0;

        using var taken = await StoreFileLock.For(Path.Combine(_folder.Path, "new", "store.db"), TimeProvider.System)
            .AcquireAsync(() => { waits++; return Task.CompletedTask; }, Ct);

        Assert.Equal(0, waits);
    }
}
