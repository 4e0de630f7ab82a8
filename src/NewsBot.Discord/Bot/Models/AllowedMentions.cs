namespace NewsBot.Discord.Bot.Models;

/// <summary>Which mentions in a message may ping; an empty <see cref="Parse"/> list pings no one.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary>Pings nobody: no users, no roles, no <c>@everyone</c>, not even the author of a replied-to message.</summary>
    public static AllowedMentions None { get; } = new([]) { RepliedUser = false };

    public bool? RepliedUser { get; init; }
}
