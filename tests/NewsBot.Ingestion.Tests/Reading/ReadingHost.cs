using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>
/// Builds the reading services as the host registers them and reads a location to the end. Tests serve pages from
/// 127.0.0.1, so private networks are allowed unless the settings say otherwise.
/// </summary>
internal sealed class ReadingHost : IDisposable
{
    private readonly ServiceProvider provider;

    public ReadingHost(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var merged = new Dictionary<string, string?> { ["NewsBot:Ingestion:AllowPrivateNetworks"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var services = new ServiceCollection().AddArticleReading(new ConfigurationBuilder().AddInMemoryCollection(merged).Build());
        replace?.Invoke(services);
        provider = services.BuildServiceProvider();
    }

    public ISourceReader Reader => provider.GetRequiredService<ISourceReader>();

    public WebFetcher Fetcher => provider.GetRequiredService<WebFetcher>();

    public static async Task<List<ReadOutcome>> ReadAllAsync(string location)
    {
        using var host = new ReadingHost();
        return await host.ReadAsync(location);
    }

    public async Task<List<ReadOutcome>> ReadAsync(string location) =>
        await Reader.ReadAsync(location, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    public void Dispose() => provider.Dispose();
}
