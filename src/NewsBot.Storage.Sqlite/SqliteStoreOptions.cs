using System.ComponentModel.DataAnnotations;

namespace NewsBot.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store, bound from <c>NewsBot:Storage:Sqlite</c>.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "NewsBot:Storage:Sqlite";

    /// <summary>The database file; relative paths are resolved against the current directory. Its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "NewsBot:Storage:Sqlite:Path must be set to the database file, e.g. data/newsbot.db.")]
    public string Path { get; set; } = "data/newsbot.db";
}
