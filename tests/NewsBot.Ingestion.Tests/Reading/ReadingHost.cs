using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Builds the reading services as the host registers them and reads a location to the end.</summary>
internal sealed class ReadingHost : IDisposable
{
    private readonly ServiceProvider provider = new ServiceCollection().AddArticleReading().BuildServiceProvider();

    public ISourceReader Reader => provider.GetRequiredService<ISourceReader>();

    public static async Task<List<ReadOutcome>> ReadAllAsync(string location)
    {
        using var host = new ReadingHost();
        return await host.ReadAsync(location);
    }

    public async Task<List<ReadOutcome>> ReadAsync(string location) =>
        await Reader.ReadAsync(location, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

    public void Dispose() => provider.Dispose();
}
