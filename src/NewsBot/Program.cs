using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Cli;

namespace NewsBot;

/// <summary>The composition root of the <c>newsbot</c> executable.</summary>
internal static class Program
{
    /// <summary>The host's setting for whether appsettings.json is watched and reloaded when it changes.</summary>
    private const string ReloadConfigOnChange = "hostBuilder:reloadConfigOnChange";

    private static async Task<int> Main(string[] args)
    {
        using var signals = new StopSignals();
        return await NewsBotCli.RunAsync(args, BuildHost, Console.Out, Console.Error, signals.Token);
    }

    /// <summary>Builds the host from appsettings.json, <c>NewsBot__…</c> environment variables and a verb's own overrides.</summary>
    internal static IHost BuildHost(IReadOnlyDictionary<string, string?> overrides)
    {
        // A one-shot verb reads appsettings.json once: only the long-running bot watches it for changes (a file watcher
        // and its thread otherwise set up, and their code compiled, in every `ask`).
        var serving = overrides.TryGetValue(ServeCommand.DiscordSetting, out var discord) && bool.TryParse(discord, out var on) && on;
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new(ReloadConfigOnChange, serving ? "true" : "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
            Configuration = configuration,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        LogLevelSettings.Check(builder.Configuration);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services
            .AddNewsBotCore(builder.Configuration)
            .AddNewsIngestion(builder.Configuration)
            .AddNewsBotStorage(builder.Configuration)
            .AddNewsBotCli(builder.Configuration);
        if (builder.Configuration.HasNewsBotChat())
        {
            // A chat model is configured: it writes answers and summaries; otherwise the extractive ones stay.
            builder.Services.AddNewsBotChat(builder.Configuration);
        }

        if (builder.Configuration.GetValue<bool>(ServeCommand.DiscordSetting))
        {
            builder.Services.AddNewsBotDiscord(builder.Configuration);
        }

        return builder.Build();
    }
}
