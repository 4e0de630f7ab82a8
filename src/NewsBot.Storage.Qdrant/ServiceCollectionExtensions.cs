using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Storage.Qdrant;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Qdrant store.</summary>
public static class QdrantStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QdrantChunkStore"/> as the singleton <see cref="IChunkStore"/>, with
    /// <see cref="QdrantStoreOptions"/> bound from <c>NewsBot:Storage:Qdrant</c> and validated on start, and its
    /// <see cref="IIndexRunLock"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotQdrantStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptionsWithValidateOnStart<QdrantStoreOptions>()
            .Bind(configuration.GetSection(QdrantStoreOptions.SectionName))
            .ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QdrantStoreOptions>, QdrantStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new QdrantChunkStore(
            sp.GetRequiredService<IOptions<QdrantStoreOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<QdrantChunkStore>>()));
        services.AddSingleton<IChunkStore>(sp => sp.GetRequiredService<QdrantChunkStore>());
        services.AddSingleton<IIndexRunLock>(sp => QdrantRunLock.For(
            sp.GetRequiredService<IOptions<QdrantStoreOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
