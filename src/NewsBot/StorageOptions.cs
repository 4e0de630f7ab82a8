using System.ComponentModel.DataAnnotations;

namespace NewsBot;

/// <summary>Which store holds the index (section <c>NewsBot:Storage</c>).</summary>
internal sealed class StorageOptions
{
    public const string Section = "NewsBot:Storage";

    /// <summary><c>Sqlite</c>, the embedded default. Qdrant comes with its own adapter.</summary>
    [Required]
    [RegularExpression("(?i)^sqlite$", ErrorMessage = "NewsBot:Storage:Provider must be 'Sqlite' (the only store built in so far).")]
    public string Provider { get; set; } = "Sqlite";
}
