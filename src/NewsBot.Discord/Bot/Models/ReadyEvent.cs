namespace NewsBot.Discord.Bot.Models;

/// <summary>The part of <c>READY</c> the bot needs: its own user and its application.</summary>
internal sealed record ReadyEvent(DiscordUser User, ReadyApplication Application);
