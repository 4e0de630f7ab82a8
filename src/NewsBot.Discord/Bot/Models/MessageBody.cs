namespace NewsBot.Discord.Bot.Models;

/// <summary>A message the bot sends or edits; every one carries <see cref="AllowedMentions"/> so nothing it says pings.</summary>
internal sealed record MessageBody
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public MessageReference? MessageReference { get; init; }

    public int? Flags { get; init; }
}
