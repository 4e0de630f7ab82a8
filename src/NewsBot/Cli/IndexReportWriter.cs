using NewsBot.Ingestion.Indexing;

namespace NewsBot.Cli;

/// <summary>Writes an indexing report for a terminal.</summary>
internal static class IndexReportWriter
{
    public static async Task WriteAsync(IndexReport report, TextWriter output)
    {
        if (report.Stopped)
        {
            await output.WriteLineAsync(
                $"Stopped; {report.Added + report.Updated} articles indexed before the stop, each kept whole. Run the same index command again to finish.");
        }

        await output.WriteLineAsync(
            $"Indexed: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, " +
            $"{report.Removed} removed, {report.Failures.Count} failed.");
        foreach (var failure in report.Failures)
        {
            await output.WriteLineAsync($"  failed: {failure.Origin}: {failure.Reason}");
        }

        foreach (var duplicate in report.Duplicates)
        {
            await output.WriteLineAsync($"  duplicate, skipped: {duplicate.Origin}: same content as {duplicate.DuplicateOf}");
        }
    }
}
