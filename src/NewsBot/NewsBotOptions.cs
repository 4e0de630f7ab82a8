using System.ComponentModel.DataAnnotations;

namespace NewsBot;

/// <summary>Settings of the newsbot host (section <c>NewsBot</c>).</summary>
internal sealed class NewsBotOptions
{
    public const string Section = "NewsBot";

    /// <summary>
    /// Files, folders, page and feed URLs that <c>newsbot index</c> reads when given no argument; relative paths are
    /// resolved against the current directory. No entry may be empty.
    /// </summary>
    public List<string> Sources { get; set; } = [];
}
