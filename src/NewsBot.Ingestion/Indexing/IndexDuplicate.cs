namespace NewsBot.Ingestion.Indexing;

/// <summary>An item skipped because its content repeats one indexed earlier in the same run.</summary>
public sealed record IndexDuplicate(string Origin, string DuplicateOf);
