using System.Text.Json;
using NewsBot.Discord.Bot.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Bot;

/// <summary>The REST calls the bot answers with: interaction callbacks, edits of the deferred reply, follow-ups and channel messages.</summary>
internal sealed class DiscordReplies(IDiscordRest rest)
{
    public Task CallbackAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.SendAsync(HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback", response, cancellationToken);

    public Task DeferAsync(Interaction interaction, bool ephemeral, CancellationToken cancellationToken) =>
        CallbackAsync(interaction, new InteractionResponse(DiscordCodes.DeferredMessageCallback, ephemeral ? new MessageBody { Flags = DiscordCodes.EphemeralFlag } : null), cancellationToken);

    public Task ReplyAsync(Interaction interaction, MessageBody body, CancellationToken cancellationToken) =>
        CallbackAsync(interaction, new InteractionResponse(DiscordCodes.MessageCallback, body), cancellationToken);

    public Task EditOriginalAsync(Interaction interaction, MessageBody body, CancellationToken cancellationToken) =>
        rest.SendAsync(HttpMethod.Patch, $"webhooks/{interaction.ApplicationId}/{interaction.Token}/messages/@original", body, cancellationToken);

    public Task FollowUpAsync(Interaction interaction, MessageBody body, CancellationToken cancellationToken) =>
        rest.SendAsync(HttpMethod.Post, $"webhooks/{interaction.ApplicationId}/{interaction.Token}", body, cancellationToken);

    /// <summary>Sends a message to a channel and returns its id, when Discord gave one.</summary>
    public async Task<string?> SendAsync(string channelId, MessageBody body, CancellationToken cancellationToken)
    {
        var sent = await rest.SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", body, cancellationToken);
        return sent is { ValueKind: JsonValueKind.Object } message && message.TryGetProperty("id", out var id) ? id.GetString() : null;
    }
}
