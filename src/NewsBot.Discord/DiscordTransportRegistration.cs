using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;
using Polly;

namespace NewsBot.Discord;

/// <summary>Registers the Discord transport: validated settings, the REST client and the gateway. Not the dispatch handler: the bot adds it.</summary>
internal static class DiscordTransportRegistration
{
    /// <summary>The per-attempt deadline of one REST request; retries are <see cref="DiscordRestClient"/>'s own.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Adds <see cref="IDiscordRest"/>, <see cref="GatewayClient"/>, <see cref="GatewayService"/> and <see cref="ServeOutcome"/>, with settings from <c>NewsBot:Discord</c>.</summary>
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.Section))
            .ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimits>();
        services.TryAddSingleton<ServeOutcome>();

        // Not AddStandardResilienceHandler: its retry would repeat 429s and 5xx on top of the client's own, which must
        // read Discord's headers (retry_after, global, buckets) and must not repeat an expired interaction's 404; its
        // circuit breaker would turn a burst of 429s into refusals. Only a per-attempt deadline is added here.
        services.AddHttpClient<IDiscordRest, DiscordRestClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler("discord-attempt", pipeline => pipeline.AddTimeout(AttemptTimeout));

        services.TryAddSingleton<IGatewayConnector, WebSocketGatewayConnector>();
        services.TryAddSingleton(provider => new GatewayClient(
            provider.GetRequiredService<IDiscordRest>(),
            provider.GetRequiredService<IGatewayConnector>(),
            provider.GetRequiredService<IDispatchHandler>(),
            provider.GetRequiredService<IOptions<DiscordOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<GatewayClient>>(),
            Random.Shared));
        services.AddHostedService<GatewayService>();
        return services;
    }
}
