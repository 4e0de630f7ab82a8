namespace NewsBot.Ingestion.Reading;

/// <summary>The files found under a folder, in path order, and the subfolders that could not be listed or followed.</summary>
internal sealed record FolderListing(IReadOnlyList<string> Files, IReadOnlyList<ReadOutcome> Problems);
