namespace NewsBot.Discord.Bot.Models;

/// <summary>An action row (type 1) holding buttons (type 2).</summary>
internal sealed record MessageComponent(int Type)
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int SecondaryStyle = 2;

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public ComponentEmoji? Emoji { get; init; }

    public string? CustomId { get; init; }

    public static MessageComponent Row(params MessageComponent[] buttons) => new(ActionRowType) { Components = buttons };

    public static MessageComponent Button(string customId, string? label, string? emoji) =>
        new(ButtonType) { Style = SecondaryStyle, CustomId = customId, Label = label, Emoji = emoji is null ? null : new ComponentEmoji(emoji) };
}
