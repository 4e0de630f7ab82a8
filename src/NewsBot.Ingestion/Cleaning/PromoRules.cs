using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>
/// General tests for promotional lines inside a story: links to other stories ("More: …", "Label:Headline"),
/// advertising and ad-player text, and prompts to follow the author or sign up for mail.
/// </summary>
internal static partial class PromoRules
{
    private static readonly HashSet<string> PlayerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "video", "audio", "player", "content", "load", "loaded", "loading", "froze", "frozen",
        "play", "played", "playing", "sound", "buffering",
    };

    /// <summary>True for a promotional line by any of the rules below.</summary>
    public static bool IsPromo(string line) =>
        IsRelatedLink(line) || IsAdvertising(line) || IsFollowPrompt(line) || IsMailPrompt(line);

    /// <summary>
    /// A link to another story: "More: …", "Read more here: …", "Related: …", or a label glued to a headline by a
    /// colon with no space after it ("FORMULA SHORTAGE:5 things…", "'A tragedy':World reacts…"), as link text renders.
    /// </summary>
    public static bool IsRelatedLink(string line)
    {
        if (line.Length > 250)
        {
            return false;
        }

        if (RelatedLabel().IsMatch(line))
        {
            return true;
        }

        var glued = GluedLabel().Match(line);
        return glued.Success && line.Length <= 200 && glued.Groups["label"].Value.Split(' ').Length <= 8
            && line[(glued.Groups["label"].Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 25;
    }

    /// <summary>
    /// Advertising: an "Advertisement" marker, a question about "this ad", or a player's list of ad and video problems
    /// (a line made largely of words such as ad, video, audio, player, loading).
    /// </summary>
    public static bool IsAdvertising(string line)
    {
        if (AdMarker().IsMatch(line) || (line.Length <= 120 && AdQuestion().IsMatch(line)))
        {
            return true;
        }

        if (line.Length > 400 || line.EndsWith('.'))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var player = words.Count(w => PlayerWords.Contains(w.Trim(',', ';', ':')));
        return player >= 6 && player * 10 >= words.Length * 3;
    }

    /// <summary>An invitation to follow the author or outlet elsewhere ("Follow Jo on Twitter: @jo", "Reach Jo at jo@…").</summary>
    public static bool IsFollowPrompt(string line) => line.Length <= 300 && (FollowPrompt().IsMatch(line) || ContactLine().IsMatch(line));

    /// <summary>A prompt to get stories by mail ("… delivered to your inbox daily. Sign up here.") or a sign-up form's consent text.</summary>
    public static bool IsMailPrompt(string line) => line.Length <= 400 && MailPrompt().IsMatch(line);

    [GeneratedRegex(
        @"^\W{0,2}(?:more|related(?: stories| story| articles?| coverage| content| links?)?|read (?:more|also|next|the rest|this|the full story)(?: here)?(?: (?:about|on) [^:]{1,60})?|see (?:also|more)|also read|also see|watch|listen|previously)\s?:",
        RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLabel();

    // A label, a colon with no space after it, then a headline starting with a capital or a quote.
    [GeneratedRegex(@"^(?<label>[^\s:][^:]{0,60}?[^\s:]):[A-Z'""“‘]")]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"^(?:advertisement|advert|ad|sponsored(?: content)?|paid (?:content|post)|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdMarker();

    [GeneratedRegex(@"\b(?:this|the) (?:ad|advert|advertisement)\b[^.]{0,60}\?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdQuestion();

    [GeneratedRegex(@"^Follow\b.{0,120}\b(?:on|at) (?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|Mastodon|LinkedIn|YouTube)\b|^Follow\b[^.!?]{0,80}@\w", RegexOptions.IgnoreCase)]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:contact|reach|email|e-mail)\b.{0,80}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    [GeneratedRegex(
        @"\b(?:sign up|subscribe|register) here\b|\b(?:delivered|sent|straight|direct(?:ly)?|right) to your inbox\b|\b(?:in|to) your inbox\b.{0,40}\bsign up\b|\bsign up\b.{0,80}\b(?:in|to) your inbox\b|\bwould you like to receive\b|\bnewsletter provides\b|\bif you wish to object to\b|\bmanage your registration\b|\b(?:tick|click|tap) here\b|\b(?:details|information|data) you(?: have)? (?:shared|provided|given|entered)\b|\byou (?:agree|consent) to (?:the|our) (?:processing|use|storage)\b|\bobject to (?:the|our) use of your (?:personal )?(?:data|information|details)\b|^['‘""]?we['’""]? (?:includes|means|refers to)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex MailPrompt();
}
