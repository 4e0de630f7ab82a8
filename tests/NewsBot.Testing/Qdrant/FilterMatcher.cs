using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Qdrant's payload filter: <c>must</c> (all), <c>should</c> (at least one), <c>must_not</c> (none), <c>min_should</c>;
/// conditions on fields (match keyword/keywords/except, integer, boolean, text, numeric range, datetime range,
/// is_empty/is_null), <c>has_id</c>, nested filters. A field holding a list matches when any item does.
/// </summary>
internal static class FilterMatcher
{
    public static bool Matches(Filter? filter, StandInPoint point)
    {
        if (filter is null)
        {
            return true;
        }

        if (!filter.Must.All(condition => Holds(condition, point)))
        {
            return false;
        }

        if (filter.Should.Count > 0 && !filter.Should.Any(condition => Holds(condition, point)))
        {
            return false;
        }

        if (filter.MustNot.Any(condition => Holds(condition, point)))
        {
            return false;
        }

        return filter.MinShould is not { } minShould
            || minShould.Conditions.Count(condition => Holds(condition, point)) >= (int)minShould.MinCount;
    }

    /// <summary>Both filters at once (either may be null).</summary>
    public static Filter? Both(Filter? first, Filter? second) => (first, second) switch
    {
        (null, _) => second,
        (_, null) => first,
        _ => new Filter { Must = { new Condition { Filter = first }, new Condition { Filter = second } } },
    };

    private static bool Holds(Condition condition, StandInPoint point) => condition.ConditionOneOfCase switch
    {
        Condition.ConditionOneOfOneofCase.Field => Holds(condition.Field, point),
        Condition.ConditionOneOfOneofCase.HasId => condition.HasId.HasId.Any(id => PointIds.Key(id) == PointIds.Key(point.Id)),
        Condition.ConditionOneOfOneofCase.Filter => Matches(condition.Filter, point),
        Condition.ConditionOneOfOneofCase.IsEmpty => !PayloadPaths.Values(point.Payload, condition.IsEmpty.Key).Any(v => v.KindCase != Value.KindOneofCase.NullValue),
        Condition.ConditionOneOfOneofCase.IsNull => point.Payload.TryGetValue(condition.IsNull.Key, out var value) && value.KindCase == Value.KindOneofCase.NullValue,
        Condition.ConditionOneOfOneofCase.HasVector => point.Dense.ContainsKey(condition.HasVector.HasVector) || point.Sparse.ContainsKey(condition.HasVector.HasVector),
        _ => throw QdrantErrors.NotServed($"the {condition.ConditionOneOfCase} condition"),
    };

    private static bool Holds(FieldCondition field, StandInPoint point)
    {
        var values = PayloadPaths.Values(point.Payload, field.Key).ToList();
        if (field.Match is { } match && !values.Any(value => Matches(match, value)))
        {
            return false;
        }

        if (field.Range is { } range && !values.Any(value => value.KindCase is Value.KindOneofCase.DoubleValue or Value.KindOneofCase.IntegerValue && InRange(range, Number(value))))
        {
            return false;
        }

        if (field.DatetimeRange is { } dates && !values.Any(value => Date(value) is { } date && InRange(dates, date)))
        {
            return false;
        }

        if (field.HasIsEmpty && field.IsEmpty != (values.Count == 0))
        {
            return false;
        }

        return field.Match is not null || field.Range is not null || field.DatetimeRange is not null || field.HasIsEmpty
            ? true
            : throw QdrantErrors.NotServed("geo and values_count conditions");
    }

    private static bool Matches(Match match, Value value) => match.MatchValueCase switch
    {
        Match.MatchValueOneofCase.Keyword => value.KindCase == Value.KindOneofCase.StringValue && value.StringValue == match.Keyword,
        Match.MatchValueOneofCase.Keywords => value.KindCase == Value.KindOneofCase.StringValue && match.Keywords.Strings.Contains(value.StringValue),
        Match.MatchValueOneofCase.ExceptKeywords => value.KindCase == Value.KindOneofCase.StringValue && !match.ExceptKeywords.Strings.Contains(value.StringValue),
        Match.MatchValueOneofCase.Integer => value.KindCase == Value.KindOneofCase.IntegerValue && value.IntegerValue == match.Integer,
        Match.MatchValueOneofCase.Integers => value.KindCase == Value.KindOneofCase.IntegerValue && match.Integers.Integers.Contains(value.IntegerValue),
        Match.MatchValueOneofCase.ExceptIntegers => value.KindCase == Value.KindOneofCase.IntegerValue && !match.ExceptIntegers.Integers.Contains(value.IntegerValue),
        Match.MatchValueOneofCase.Boolean => value.KindCase == Value.KindOneofCase.BoolValue && value.BoolValue == match.Boolean,
        Match.MatchValueOneofCase.Text => value.KindCase == Value.KindOneofCase.StringValue && value.StringValue.Contains(match.Text, StringComparison.Ordinal),
        Match.MatchValueOneofCase.Prefix => value.KindCase == Value.KindOneofCase.StringValue && value.StringValue.StartsWith(match.Prefix, StringComparison.Ordinal),
        _ => throw QdrantErrors.NotServed($"match {match.MatchValueCase}"),
    };

    private static double Number(Value value) => value.KindCase == Value.KindOneofCase.IntegerValue ? value.IntegerValue : value.DoubleValue;

    private static bool InRange(global::Qdrant.Client.Grpc.Range range, double x) =>
        (!range.HasLt || x < range.Lt) && (!range.HasLte || x <= range.Lte) && (!range.HasGt || x > range.Gt) && (!range.HasGte || x >= range.Gte);

    private static bool InRange(DatetimeRange range, DateTimeOffset x) =>
        (range.Lt is null || x < range.Lt.ToDateTimeOffset()) && (range.Lte is null || x <= range.Lte.ToDateTimeOffset())
        && (range.Gt is null || x > range.Gt.ToDateTimeOffset()) && (range.Gte is null || x >= range.Gte.ToDateTimeOffset());

    /// <summary>A payload string in RFC 3339 (or a date alone) as Qdrant's datetime fields accept it; UTC when no offset is given.</summary>
    private static DateTimeOffset? Date(Value value) =>
        value.KindCase == Value.KindOneofCase.StringValue
        && DateTimeOffset.TryParse(value.StringValue, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
