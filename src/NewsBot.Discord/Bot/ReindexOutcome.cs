using NewsBot.Core.Indexing;

namespace NewsBot.Discord.Bot;

/// <summary>What asking for a re-index led to: its report, or the progress of the run already going (or the other process writing).</summary>
internal sealed record ReindexOutcome(ReindexReport? Report, ReindexProgress? Busy, string? BusyElsewhere);
