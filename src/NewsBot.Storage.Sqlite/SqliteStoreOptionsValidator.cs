using Microsoft.Extensions.Options;

namespace NewsBot.Storage.Sqlite;

/// <summary>Checks that the configured path can hold a database file.</summary>
internal sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    private const string Key = SqliteStoreOptions.SectionName + ":Path";

    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Skip; // [Required] reports it.
        }

        string full;
        try
        {
            full = Path.GetFullPath(options.Path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ValidateOptionsResult.Fail($"{Key} must be a valid file path, but '{options.Path}' is not ({ex.Message}).");
        }

        if (Directory.Exists(full))
        {
            return ValidateOptionsResult.Fail($"{Key} must name a file, but '{options.Path}' is a folder.");
        }

        for (var folder = Path.GetDirectoryName(full); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return ValidateOptionsResult.Fail($"{Key} must be in a folder that can be created, but '{folder}' is a file.");
            }

            if (Directory.Exists(folder))
            {
                break;
            }
        }

        return ValidateOptionsResult.Success;
    }
}
