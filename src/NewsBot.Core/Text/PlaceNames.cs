namespace NewsBot.Core.Text;

/// <summary>
/// The names of the world's countries and of the states of the United States, so that a "which country" or "which
/// state" question can tell a sentence naming one ("drenched Southern California") from one naming a person or a
/// storm. Only common English names are listed; a story may name a place another way, which then fits as any name does.
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] States =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
        "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming",
    ];

    private static readonly string[] Countries =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
        "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
        "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
        "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
        "England", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
        "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia",
        "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
        "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
        "North Korea", "North Macedonia", "Northern Ireland", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
        "Samoa", "San Marino", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
        "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom", "United States", "Britain", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Wales",
        "Yemen", "Zambia", "Zimbabwe",
    ];

    private static readonly IReadOnlyDictionary<string, string[][]> StatesByFirstWord = ByFirstWord(States);

    private static readonly IReadOnlyDictionary<string, string[][]> CountriesByFirstWord = ByFirstWord(Countries);

    /// <summary>
    /// The names of the kind a capitalised question noun asks for ("State", "Country", "Nation"), each split into its
    /// words and found by its first, or null for a noun this list does not know.
    /// </summary>
    public static IReadOnlyDictionary<string, string[][]>? Of(string kindNoun) => kindNoun switch
    {
        "State" => StatesByFirstWord,
        "Country" or "Nation" => CountriesByFirstWord,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="words"/> (a sentence's words, punctuation trimmed) hold one of <paramref name="names"/>
    /// as whole words, at least one of which <paramref name="isNew"/> accepts: a word the question lacks.
    /// </summary>
    public static bool Named(IReadOnlyList<string> words, IReadOnlyDictionary<string, string[][]> names, Func<string, bool> isNew)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!names.TryGetValue(Terms.WithoutPossessive(words[i]), out var candidates))
            {
                continue;
            }

            foreach (var parts in candidates)
            {
                if (i + parts.Length <= words.Count
                    && Enumerable.Range(1, parts.Length - 1).All(k => string.Equals(Terms.WithoutPossessive(words[i + k]), parts[k], StringComparison.Ordinal))
                    && Enumerable.Range(0, parts.Length).Any(k => isNew(words[i + k])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Dictionary<string, string[][]> ByFirstWord(string[] names) =>
        names.Select(n => n.Split(' ')).GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
