namespace NewsBot.Core.Storage;

/// <summary>Restricts a search to some outlets and a publication window (both ends inclusive).</summary>
public sealed record SearchFilter
{
    /// <summary>No restriction.</summary>
    public static SearchFilter None { get; } = new();

    /// <summary>Outlets to keep (case-insensitive); empty keeps all.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Earliest publication moment kept.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Latest publication moment kept.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Whether an article with this outlet and date passes the filter.</summary>
    public bool Matches(string? outlet, DateTimeOffset? published)
    {
        if (Outlets.Count > 0 && (outlet is null || !Outlets.Any(o => string.Equals(o, outlet, StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        if (From is { } from && (published is null || published < from))
        {
            return false;
        }

        return To is not { } to || (published is not null && published <= to);
    }
}
