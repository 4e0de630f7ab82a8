using System.ComponentModel.DataAnnotations;

namespace NewsBot;

/// <summary>Which store holds the index (section <c>NewsBot:Storage</c>).</summary>
internal sealed class StorageOptions
{
    public const string Section = "NewsBot:Storage";

    /// <summary><c>Sqlite</c>, the embedded default (section <c>NewsBot:Storage:Sqlite</c>), or <c>Qdrant</c> (section <c>NewsBot:Storage:Qdrant</c>).</summary>
    [Required]
    [RegularExpression("(?i)^(sqlite|qdrant)$", ErrorMessage = "NewsBot:Storage:Provider must be 'Sqlite' or 'Qdrant'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Whether <paramref name="configuration"/> selects Qdrant.</summary>
    public static bool SelectsQdrant(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        string.Equals(configuration[Section + ":Provider"]?.Trim(), "Qdrant", StringComparison.OrdinalIgnoreCase);
}
