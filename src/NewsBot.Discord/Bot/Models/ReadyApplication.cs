namespace NewsBot.Discord.Bot.Models;

/// <summary>The application in <c>READY</c>.</summary>
internal sealed record ReadyApplication(string Id);
