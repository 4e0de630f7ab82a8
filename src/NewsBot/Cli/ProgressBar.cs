using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary>A one-line progress bar redrawn in place on a terminal; silent when output is redirected.</summary>
internal sealed class ProgressBar(TextWriter writer, bool enabled) : IProgress<IndexProgress>, IDisposable
{
    private const int Width = 30;
    private readonly Lock gate = new();
    private bool drawn;

    public void Report(IndexProgress value)
    {
        if (!enabled || value.Total == 0)
        {
            return;
        }

        lock (gate)
        {
            var filled = (int)((long)Width * value.Done / value.Total);
            var name = value.Location.Length > 30 ? "…" + value.Location[^29..] : value.Location;
            writer.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {name}   ");
            drawn = true;
        }
    }

    public void Finish()
    {
        lock (gate)
        {
            if (drawn)
            {
                writer.WriteLine();
                drawn = false;
            }
        }
    }

    public void Dispose() => Finish();
}
