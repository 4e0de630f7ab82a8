using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// An extractive answer read back as the claims it was written from: each claim's text followed by the citation markers
/// it ends with ("the renovation cost 6.8 million crowns. [1]").
/// </summary>
internal static partial class AnswerClaims
{
    /// <summary>A claim (<c>claim</c>) with the markers it ends with (<c>markers</c>); <c>n</c> is the first marker's number.</summary>
    [GeneratedRegex(@"(?<claim>[^\[\]]+?)(?<markers>\s*\[(?<n>\d+)\](?:\s*\[\d+\])*)", RegexOptions.CultureInvariant)]
    public static partial Regex Claim();

    /// <summary>One citation marker, "[3]", its number as <c>n</c>.</summary>
    [GeneratedRegex(@"\[(?<n>\d+)\]", RegexOptions.CultureInvariant)]
    public static partial Regex Marker();
}
