using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsBot.Core.Storage;

namespace NewsBot.Storage.Sqlite;

/// <summary>A <see cref="SearchFilter"/> as SQL conditions on an <c>articles</c> row, each value a parameter of the command.</summary>
internal static class FilterSql
{
    /// <summary>Appends " AND …" for each part of <paramref name="filter"/> on the articles row named <paramref name="alias"/>.</summary>
    public static void Append(StringBuilder conditions, SqliteCommand command, SearchFilter filter, string alias)
    {
        if (filter.Outlets.Count > 0)
        {
            var names = new List<string>();
            foreach (var outlet in filter.Outlets.Where(o => o is not null).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var name = "$o" + names.Count.ToString(CultureInfo.InvariantCulture);
                names.Add(name);
                command.Parameters.AddWithValue(name, ArticleWriter.OutletKey(outlet));
            }

            conditions.Append(names.Count == 0 ? " AND 0" : $" AND {alias}.outlet_key IN ({string.Join(", ", names)})");
        }

        if (filter.From is { } from)
        {
            conditions.Append(CultureInfo.InvariantCulture, $" AND {alias}.published_utc_ticks >= $from");
            command.Parameters.AddWithValue("$from", from.UtcTicks);
        }

        if (filter.To is { } to)
        {
            conditions.Append(CultureInfo.InvariantCulture, $" AND {alias}.published_utc_ticks <= $to");
            command.Parameters.AddWithValue("$to", to.UtcTicks);
        }
    }
}
