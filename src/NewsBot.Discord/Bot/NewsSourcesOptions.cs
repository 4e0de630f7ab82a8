namespace NewsBot.Discord.Bot;

/// <summary>The configured sources (<c>NewsBot:Sources</c>) the bot refreshes and lists.</summary>
internal sealed class NewsSourcesOptions
{
    public const string Section = "NewsBot";

    public IList<string> Sources { get; set; } = [];
}
