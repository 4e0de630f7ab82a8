namespace NewsBot.Discord.Bot.Models;

/// <summary>A rich block of a message.</summary>
internal sealed record Embed(string? Title, string? Description)
{
    public string? Url { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    /// <summary>The characters Discord counts toward its 6000 per message: title, description, field names and values, footer.</summary>
    public int Length =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
