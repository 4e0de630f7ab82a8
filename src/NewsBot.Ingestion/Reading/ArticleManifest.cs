using System.Globalization;
using System.Text.Json;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// A folder's optional <c>articles.jsonl</c>: one JSON object per line, <c>{id, file, title, source, url, date}</c>,
/// naming the article id, outlet, link and date of a file in the folder.
/// </summary>
internal sealed class ArticleManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "articles.jsonl";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private ArticleManifest(Dictionary<string, ManifestEntry> entries, IReadOnlyList<ReadOutcome> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    /// <summary>Entries by the full path of the file they describe.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Entries { get; }

    /// <summary>Lines that could not be used, each as a failed outcome naming the manifest line.</summary>
    public IReadOnlyList<ReadOutcome> Problems { get; }

    /// <summary>Loads the manifest in <paramref name="folder"/>; an absent manifest is empty.</summary>
    public static async Task<ArticleManifest> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var problems = new List<ReadOutcome>();
        if (!File.Exists(path))
        {
            return new ArticleManifest(entries, problems);
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{path}:{i + 1}";
            try
            {
                var entry = Parse(lines[i], where);
                entries[Path.GetFullPath(Path.Combine(folder, entry.File!))] = entry;
            }
            catch (ReadException exception)
            {
                problems.Add(ReadOutcome.Failure(where, exception.Message));
            }
        }

        return new ArticleManifest(entries, problems);
    }

    private static ManifestEntry Parse(string line, string where)
    {
        ManifestEntry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<ManifestEntry>(line, Json);
        }
        catch (JsonException exception)
        {
            throw new ReadException($"Line {where} of the manifest is not a valid JSON object ({exception.Message}).", exception);
        }

        if (entry is null || string.IsNullOrWhiteSpace(entry.File))
        {
            throw new ReadException($"Line {where} of the manifest names no \"file\".");
        }

        if (string.IsNullOrWhiteSpace(entry.Date))
        {
            return entry;
        }

        return DateTimeOffset.TryParse(entry.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? entry with { Published = date }
            : throw new ReadException($"Line {where} of the manifest has a malformed date \"{entry.Date}\".");
    }
}
