using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteChunkStore"/> as the singleton <see cref="IChunkStore"/>, with
    /// <see cref="SqliteStoreOptions"/> bound from <c>NewsBot:Storage:Sqlite</c> and validated on start, and its
    /// <see cref="IIndexRunLock"/> (a lock file next to the store).
    /// </summary>
    public static IServiceCollection AddNewsBotSqliteStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptionsWithValidateOnStart<SqliteStoreOptions>()
            .Bind(configuration.GetSection(SqliteStoreOptions.SectionName))
            .ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>());

        services.AddSingleton<IChunkStore>(sp => new SqliteChunkStore(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path,
            sp.GetService<ILogger<SqliteChunkStore>>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IIndexRunLock>(sp => StoreFileLock.For(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
