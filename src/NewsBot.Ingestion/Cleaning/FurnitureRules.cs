using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Cleaning;

/// <summary>
/// General tests for lines that are page furniture rather than article text: icon alt texts,
/// subscription and newsletter prompts, share buttons, breadcrumbs, cookie banners and template placeholders.
/// </summary>
internal static partial class FurnitureRules
{
    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "sharing", "on", "this", "article", "story", "page", "via", "the", "to", "or",
        "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "reddit", "pinterest",
        "telegram", "messenger", "bluesky", "threads", "copy", "copied", "link", "url", "print", "tweet",
        "save", "gift", "opens", "in", "new", "window", "tab", "|", "•", "·",
    };

    private static readonly HashSet<string> ShareTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "facebook", "twitter", "whatsapp", "linkedin", "email", "e-mail", "reddit", "pinterest",
        "telegram", "messenger", "bluesky", "copy", "print", "tweet", "save",
    };

    private static readonly HashSet<string> ConsentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "reject", "decline", "all", "manage", "preferences", "settings", "cookie", "cookies",
        "ok", "okay", "got", "it", "agree", "i", "allow", "necessary", "only", "customise", "customize", "options",
    };

    /// <summary>True for any line that is furniture by one of the general rules.</summary>
    public static bool IsFurniture(string line) =>
        IsIconRun(line) || IsSubscriptionPrompt(line) || IsShareText(line) || IsBreadcrumb(line)
        || IsCookieNotice(line) || IsPlaceholderOnly(line);

    /// <summary>A run of icon alt texts ("Camera An icon of a digital camera. Clock An icon of …").</summary>
    public static bool IsIconRun(string line) => IconWord().Count(line) >= 3;

    /// <summary>"Already a subscriber? Sign in", "Subscribe to …", newsletter sign-ups, paywall prompts.</summary>
    public static bool IsSubscriptionPrompt(string line) => line.Length <= 250 && SubscriptionPrompt().IsMatch(line);

    /// <summary>Share-button text: only share words and network names ("Share on Facebook", "Copy link").</summary>
    public static bool IsShareText(string line) =>
        line.Length <= 100 && ShareTriggers.Any(t => line.Contains(t, StringComparison.OrdinalIgnoreCase)) && OnlyWordsFrom(line, ShareWords, ShareTriggers);

    /// <summary>A breadcrumb trail ("Home News World", "News › World › Europe").</summary>
    public static bool IsBreadcrumb(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        var parts = BreadcrumbSeparator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length >= 3 && parts.All(p => p.Split(' ').Length <= 3 && char.IsUpper(p[0])))
        {
            return true;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6
            && words[0].Equals("Home", StringComparison.OrdinalIgnoreCase)
            && words.All(w => char.IsUpper(w[0]) || w is "&" or "and")
            && !TerminalPunctuation().IsMatch(line);
    }

    /// <summary>A cookie or consent banner line.</summary>
    public static bool IsCookieNotice(string line) =>
        (line.Length <= 400 && line.Contains("cookie", StringComparison.OrdinalIgnoreCase) && CookieNotice().IsMatch(line))
        || (line.Length <= 60 && OnlyWordsFrom(line, ConsentWords, ConsentWords) && line.Contains(' ', StringComparison.Ordinal));

    /// <summary>A line holding nothing but template placeholders such as <c>[[title]]</c> or <c>{{x}}</c>.</summary>
    public static bool IsPlaceholderOnly(string line) => line.Length > 0 && RemovePlaceholders(line).Length == 0;

    /// <summary>Removes template placeholders from inside a line.</summary>
    public static string RemovePlaceholders(string line) =>
        line.Contains("[[", StringComparison.Ordinal) || line.Contains("{{", StringComparison.Ordinal) || line.Contains("{%", StringComparison.Ordinal)
            ? Spaces().Replace(Placeholder().Replace(line, " "), " ").Trim()
            : line;

    private static bool OnlyWordsFrom(string line, HashSet<string> allowed, HashSet<string> triggers)
    {
        var words = WordSplit().Split(line).Where(w => w.Length > 0).ToArray();
        return words.Length > 0 && words.All(allowed.Contains) && words.Any(triggers.Contains);
    }

    [GeneratedRegex(@"\bicons?\b", RegexOptions.IgnoreCase)]
    private static partial Regex IconWord();

    [GeneratedRegex(
        @"\balready (?:a|an) (?:subscriber|member)\b|\bnot a subscriber\?|^(?:subscribe|sign up)\b|\bsubscribe (?:to our|today|now|here)\b|\b(?:sign|log) ?(?:in|up) (?:to continue|to keep reading|for our|for a free|for unlimited)\b|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered)\b|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bbecome a (?:paying )?(?:subscriber|member) (?:today|now)\b|\bbecome a subscriber\b|\bsupport (?:our|independent|quality|local) journalism\b|\b(?:get|enjoy|for) unlimited (?:digital )?access\b|\bcreate (?:a|an) (?:free )?account\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPrompt();

    [GeneratedRegex(@"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.*\bcookies?\b|\bcookies?\b.*\b(?:accept|consent)\b|\bcookie (?:settings|policy|preferences)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"\s*(?:›|»|>|/|\||→)\s*")]
    private static partial Regex BreadcrumbSeparator();

    [GeneratedRegex(@"[.!?:;,""”']$")]
    private static partial Regex TerminalPunctuation();

    [GeneratedRegex(@"\[\[[^\]]*\]\]|\{\{[^}]*\}\}|\{%[^%]*%\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s,:;!?()]+")]
    private static partial Regex WordSplit();
}
