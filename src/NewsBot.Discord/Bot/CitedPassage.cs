namespace NewsBot.Discord.Bot;

/// <summary>A passage an answer was built from, with the number and title of the citation it belongs to.</summary>
internal sealed record CitedPassage(int Number, string Title, string Text);
