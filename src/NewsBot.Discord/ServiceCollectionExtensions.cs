using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Bot;
using NewsBot.Discord.Gateway;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Discord bot: its settings, its handlers, the refresh service and the transport.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot with <see cref="DiscordOptions"/> bound from <c>NewsBot:Discord</c> and validated on start (a missing
    /// token stops the start with one sentence), the refresh service, and the REST and gateway transport.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        // DiscordOptions are bound and validated once, by AddDiscordTransport below.
        services.AddOptions<NewsSourcesOptions>().Bind(configuration.GetSection(NewsSourcesOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<AnswerMemory>();
        services.AddSingleton<ReindexGate>();
        services.AddSingleton<QuestionRateLimiter>();
        services.AddSingleton<TitleIndex>();
        services.AddSingleton<IFeedbackStore>(new JsonlFeedbackStore(FeedbackPath(configuration)));
        services.AddSingleton<DiscordReplies>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<SourceRefresher>();
        services.AddSingleton<ReindexCommand>();
        services.AddSingleton<CommandHandlers>();
        services.AddSingleton<ComponentHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<DiscordBot>();
        services.AddSingleton<IDispatchHandler>(sp => sp.GetRequiredService<DiscordBot>());
        services.AddHostedService<RefreshService>();
        services.AddDiscordTransport(configuration);
        return services;
    }

    /// <summary><c>feedback.jsonl</c> next to the SQLite index (by default in <c>data/</c>).</summary>
    private static string FeedbackPath(IConfiguration configuration)
    {
        var store = configuration["NewsBot:Storage:Sqlite:Path"] ?? "data/newsbot.db";
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store)) ?? ".", "feedback.jsonl");
    }
}
