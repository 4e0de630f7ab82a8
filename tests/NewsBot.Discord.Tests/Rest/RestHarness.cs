using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>A <see cref="DiscordRestClient"/> over a <see cref="ScriptedHandler"/> on a fake clock.</summary>
internal sealed class RestHarness : IDisposable
{
    public const string Token = "test-token-never-logged";

    public RestHarness(Func<HttpRequestMessage, int, HttpResponseMessage> respond)
    {
        Handler = new ScriptedHandler(Time, respond);
        Limits = new DiscordRateLimits(Time);
        var options = Options.Create(new DiscordOptions { Token = Token, ApiBaseUrl = new Uri("https://discord.test/api/v10") });
        Client = new DiscordRestClient(new HttpClient(Handler), Limits, options, Time, NullLogger<DiscordRestClient>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public ScriptedHandler Handler { get; }

    public DiscordRateLimits Limits { get; }

    public DiscordRestClient Client { get; }

    public DateTimeOffset Start => new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Moves the fake clock on in small steps until <paramref name="task"/> ends (or a real 10 s pass).</summary>
    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (!task.IsCompleted && DateTime.UtcNow < giveUp)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        return await task;
    }

    public void Dispose()
    {
        Limits.Dispose();
        Handler.Dispose();
    }
}
