using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Bot.Models;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Bot;

/// <summary>
/// The bot: takes each gateway event, keeps who it is from <c>READY</c> and registers its commands, and starts the work an
/// interaction or a message asks for on its own task, so the gateway's loop is never held up.
/// </summary>
internal sealed class DiscordBot(
    IDiscordRest rest,
    BotIdentity identity,
    InteractionHandler interactions,
    MessageHandler messages,
    BackgroundWork work,
    IOptions<DiscordOptions> options,
    ILogger<DiscordBot> logger) : IDispatchHandler
{
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            switch (dispatch.Type)
            {
                case "READY":
                    var ready = dispatch.Data.Deserialize<ReadyEvent>(DiscordJson.Options)!;
                    identity.ApplicationId = ready.Application.Id;
                    identity.UserId = ready.User.Id;
                    BotLog.Ready(logger, ready.User.Id, ready.Application.Id);
                    work.Run(RegisterCommandsAsync);
                    break;
                case "INTERACTION_CREATE":
                    var interaction = dispatch.Data.Deserialize<Interaction>(DiscordJson.Options)!;
                    work.Run(token => interactions.HandleAsync(interaction, token));
                    break;
                case "MESSAGE_CREATE":
                    var message = dispatch.Data.Deserialize<DiscordMessage>(DiscordJson.Options)!;
                    if (messages.Wants(message))
                    {
                        work.Run(token => messages.HandleAsync(message, token));
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException)
        {
            BotLog.UnreadableDispatch(logger, dispatch.Type);
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes when the work started so far has finished; for tests and shutdown.</summary>
    public Task WhenIdleAsync() => work.WhenIdleAsync();

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var guild = options.Value.GuildId;
        var route = guild is { } id ? $"applications/{identity.ApplicationId}/guilds/{id}/commands" : $"applications/{identity.ApplicationId}/commands";
        try
        {
            await rest.SendAsync(HttpMethod.Put, route, CommandDefinitions.All, cancellationToken);
            BotLog.CommandsRegistered(logger, CommandDefinitions.All.Count, guild is null ? "global" : "guild " + guild);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            BotLog.RegistrationFailed(logger, ex);
        }
    }
}
