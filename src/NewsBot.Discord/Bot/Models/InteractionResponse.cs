namespace NewsBot.Discord.Bot.Models;

/// <summary>The body of <c>POST interactions/{id}/{token}/callback</c>.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null);
