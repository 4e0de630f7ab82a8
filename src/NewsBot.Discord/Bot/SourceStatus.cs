namespace NewsBot.Discord.Bot;

/// <summary>A configured source and how many indexed articles came from it.</summary>
internal sealed record SourceStatus(string Location, int Articles);
