using System.Globalization;
using Qdrant.Client.Grpc;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Scores prefetched points with a Query API formula: constants, <c>$score</c> / <c>$score[i]</c> (the point's score in
/// prefetch i), payload variables (numbers), conditions (1 or 0), datetimes (as seconds since the epoch), arithmetic,
/// and the exp, gauss and linear decays. A variable the point lacks takes the formula's default, else an error, except
/// a prefetch score, which is 0 where the point was not prefetched.
/// </summary>
internal sealed class FormulaScorer(Formula formula, IReadOnlyList<List<ScoredCandidate>> prefetched)
{
    private readonly List<Dictionary<string, float>> scores =
        [.. prefetched.Select(list => list.ToDictionary(candidate => candidate.Key, candidate => candidate.Score, StringComparer.Ordinal))];

    public float Score(StandInPoint point) => (float)Evaluate(formula.Expression ?? throw QdrantErrors.Validation("formula: an expression is required"), point);

    private double Evaluate(Expression expression, StandInPoint point) => expression.VariantCase switch
    {
        Expression.VariantOneofCase.Constant => expression.Constant,
        Expression.VariantOneofCase.Variable => Variable(expression.Variable, point),
        Expression.VariantOneofCase.Condition => FilterMatcher.Matches(new Filter { Must = { expression.Condition } }, point) ? 1 : 0,
        Expression.VariantOneofCase.Datetime => Seconds(expression.Datetime) ?? throw QdrantErrors.WrongInput($"Invalid datetime: {expression.Datetime}"),
        Expression.VariantOneofCase.DatetimeKey => PayloadDate(expression.DatetimeKey, point),
        Expression.VariantOneofCase.Mult => expression.Mult.Mult.Aggregate(1.0, (product, factor) => product * Evaluate(factor, point)),
        Expression.VariantOneofCase.Sum => expression.Sum.Sum.Sum(term => Evaluate(term, point)),
        Expression.VariantOneofCase.Max => expression.Max.Max.Select(term => Evaluate(term, point)).DefaultIfEmpty(0).Max(),
        Expression.VariantOneofCase.Min => expression.Min.Min.Select(term => Evaluate(term, point)).DefaultIfEmpty(0).Min(),
        Expression.VariantOneofCase.Div => Divide(expression.Div, point),
        Expression.VariantOneofCase.Neg => -Evaluate(expression.Neg, point),
        Expression.VariantOneofCase.Abs => Math.Abs(Evaluate(expression.Abs, point)),
        Expression.VariantOneofCase.Sqrt => Checked(Math.Sqrt(Evaluate(expression.Sqrt, point)), "sqrt"),
        Expression.VariantOneofCase.Pow => Checked(Math.Pow(Evaluate(expression.Pow.Base, point), Evaluate(expression.Pow.Exponent, point)), "pow"),
        Expression.VariantOneofCase.Exp => Checked(Math.Exp(Evaluate(expression.Exp, point)), "exp"),
        Expression.VariantOneofCase.Log10 => Checked(Math.Log10(Evaluate(expression.Log10, point)), "log10"),
        Expression.VariantOneofCase.Ln => Checked(Math.Log(Evaluate(expression.Ln, point)), "ln"),
        Expression.VariantOneofCase.ExpDecay => Decay(expression.ExpDecay, point, (distance, scale, midpoint) => Math.Exp(Math.Log(midpoint) / scale * distance)),
        Expression.VariantOneofCase.GaussDecay => Decay(expression.GaussDecay, point, (distance, scale, midpoint) => Math.Exp(Math.Log(midpoint) / (scale * scale) * distance * distance)),
        Expression.VariantOneofCase.LinDecay => Decay(expression.LinDecay, point, (distance, scale, midpoint) => Math.Max(0, 1 - ((1 - midpoint) / scale * distance))),
        _ => throw QdrantErrors.NotServed($"the {expression.VariantCase} formula expression"),
    };

    private double Variable(string name, StandInPoint point)
    {
        if (name == "$score" || (name.StartsWith("$score[", StringComparison.Ordinal) && name.EndsWith(']')))
        {
            var index = name == "$score" ? 0 : int.Parse(name[7..^1], CultureInfo.InvariantCulture);
            if (index >= scores.Count)
            {
                throw QdrantErrors.WrongInput($"Prefetch index {index} out of range in formula variable {name}");
            }

            return scores[index].TryGetValue(PointIds.Key(point.Id), out var score) ? score : Default(name) ?? 0;
        }

        var value = PayloadPaths.Values(point.Payload, name).FirstOrDefault(v => v.KindCase is Value.KindOneofCase.DoubleValue or Value.KindOneofCase.IntegerValue);
        return value is not null
            ? (value.KindCase == Value.KindOneofCase.IntegerValue ? value.IntegerValue : value.DoubleValue)
            : Default(name) ?? throw QdrantErrors.WrongInput($"No value found in a payload nor defaults for variable {name}");
    }

    private double PayloadDate(string key, StandInPoint point)
    {
        var text = PayloadPaths.Values(point.Payload, key).FirstOrDefault(v => v.KindCase == Value.KindOneofCase.StringValue)?.StringValue;
        return (text is null ? null : Seconds(text))
            ?? (formula.Defaults.TryGetValue(key, out var fallback) && fallback.KindCase == Value.KindOneofCase.StringValue ? Seconds(fallback.StringValue) : null)
            ?? throw QdrantErrors.WrongInput($"No value found in a payload nor defaults for variable {key}");
    }

    private double? Default(string name)
    {
        if (!formula.Defaults.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => value.IntegerValue,
            Value.KindOneofCase.DoubleValue => value.DoubleValue,
            _ => null,
        };
    }

    private double Divide(DivExpression division, StandInPoint point)
    {
        var right = Evaluate(division.Right, point);
        if (right == 0)
        {
            return division.HasByZeroDefault ? division.ByZeroDefault : throw QdrantErrors.WrongInput("Division by zero in formula");
        }

        return Evaluate(division.Left, point) / right;
    }

    private double Decay(DecayParamsExpression decay, StandInPoint point, Func<double, double, double, double> shape)
    {
        var scale = decay.HasScale ? decay.Scale : 1.0;
        var midpoint = decay.HasMidpoint ? decay.Midpoint : 0.5;
        if (scale <= 0 || midpoint <= 0 || midpoint >= 1)
        {
            throw QdrantErrors.Validation("decay: scale must be positive and midpoint between 0 and 1 (exclusive)");
        }

        var target = decay.Target is null ? 0 : Evaluate(decay.Target, point);
        return shape(Math.Abs(Evaluate(decay.X, point) - target), scale, midpoint);
    }

    private static double Checked(double result, string operation) =>
        double.IsFinite(result) ? result : throw QdrantErrors.WrongInput($"The {operation} in the formula gives no finite number");

    private static double? Seconds(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeMilliseconds() / 1000.0
            : null;
}
