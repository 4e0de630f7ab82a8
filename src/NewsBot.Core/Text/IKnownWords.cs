namespace NewsBot.Core.Text;

/// <summary>
/// A dictionary of correctly spelt words. A question's word that no indexed article holds but the dictionary knows
/// ("charge", "designed") is the asker's own word, not a typo of one the index has ("change"), so it is not corrected.
/// </summary>
public interface IKnownWords
{
    /// <summary>Whether <paramref name="word"/>, lower-case, is a word the dictionary knows.</summary>
    bool Contains(string word);
}
