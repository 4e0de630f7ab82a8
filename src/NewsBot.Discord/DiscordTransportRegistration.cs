using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Discord;

/// <summary>Registers the REST and gateway transport.</summary>
internal static class DiscordTransportRegistration
{
    // Placeholder so this branch compiles: replaced by the transport branch.
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration) => services;
}
