using System.Text.Json;

namespace NewsBot.Discord.Bot;

/// <summary>
/// Appends feedback as one JSON object per line to <c>feedback.jsonl</c> in the folder of the index (by default
/// <c>data/</c>): plain to read, to grep and to load into anything, and the Discord project stays free of the store's SQLite.
/// </summary>
internal sealed class JsonlFeedbackStore(string path) : IFeedbackStore
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public string Path { get; } = path;

    public async Task AddAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(feedback, DiscordJson.Options) + "\n";
        await gate.WaitAsync(cancellationToken);
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await File.AppendAllTextAsync(Path, line, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
