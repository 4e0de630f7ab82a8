namespace NewsBot.Testing.Qdrant;

/// <summary>How a call's API key compared with the one the stand-in requires.</summary>
public enum KeyCheck
{
    /// <summary>The stand-in requires no key.</summary>
    NotRequired,

    /// <summary>The call carried the required key.</summary>
    Matched,

    /// <summary>The call carried no key.</summary>
    Missing,

    /// <summary>The call carried another key.</summary>
    Wrong,
}
