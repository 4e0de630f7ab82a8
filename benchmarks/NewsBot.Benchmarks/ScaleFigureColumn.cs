using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks;

/// <summary>
/// A figure from <see cref="ScaleFigures"/> beside the timings; with <paramref name="perSecond"/>, that figure divided by
/// the mean time (passages stored per second of building).
/// </summary>
internal sealed class ScaleFigureColumn(string figure, string? perSecond = null) : IColumn
{
    public string Id => nameof(ScaleFigureColumn) + ColumnName;

    public string ColumnName => perSecond ?? figure;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perSecond is null ? $"{figure}, measured by the benchmark" : $"{figure} divided by the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Passages"] is not int passages
            || ScaleFigures.Get(benchmarkCase.Descriptor.Type.Name, passages, figure) is not { } value)
        {
            return "-";
        }

        if (perSecond is null)
        {
            return value.ToString("N0", CultureInfo.InvariantCulture);
        }

        return summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
            ? (value / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
