using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Cli;

namespace NewsBot;

/// <summary>The composition root of the <c>newsbot</c> executable.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var signals = new StopSignals();
        return await NewsBotCli.RunAsync(args, BuildHost, Console.Out, Console.Error, signals.Token);
    }

    /// <summary>Builds the host from appsettings.json, <c>NewsBot__…</c> environment variables and a verb's own overrides.</summary>
    internal static IHost BuildHost(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
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
