using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>A <see cref="SearchFilter"/> turned into checks on a vector row's outlet id and UTC ticks.</summary>
internal sealed class RowFilter
{
    public const int NoOutlet = -1;

    private readonly bool[]? _outlets;
    private readonly long _from;
    private readonly long _to;
    private readonly bool _dated;

    private RowFilter(bool[]? outlets, long from, long to, bool dated)
    {
        _outlets = outlets;
        _from = from;
        _to = to;
        _dated = dated;
    }

    /// <summary>True when no outlet in the filter is known, so no row can pass.</summary>
    public bool MatchesNothing => _outlets is not null && !_outlets.Contains(true);

    public static RowFilter Create(SearchFilter filter, IReadOnlyDictionary<string, int> outletIds)
    {
        bool[]? outlets = null;
        if (filter.Outlets.Count > 0)
        {
            outlets = new bool[outletIds.Count];
            foreach (var outlet in filter.Outlets)
            {
                if (outlet is not null && outletIds.TryGetValue(outlet, out var id))
                {
                    outlets[id] = true;
                }
            }
        }

        var dated = filter.From is not null || filter.To is not null;
        return new RowFilter(outlets, filter.From?.UtcTicks ?? long.MinValue, filter.To?.UtcTicks ?? long.MaxValue, dated);
    }

    public bool Matches(int outlet, long publishedUtcTicks)
    {
        if (_outlets is not null && (outlet == NoOutlet || !_outlets[outlet]))
        {
            return false;
        }

        // Undated rows hold long.MinValue; they fail only when a date bound is set.
        return !_dated || (publishedUtcTicks != long.MinValue && publishedUtcTicks >= _from && publishedUtcTicks <= _to);
    }
}
