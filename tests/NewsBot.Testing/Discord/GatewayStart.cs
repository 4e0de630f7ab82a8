namespace NewsBot.Testing.Discord;

/// <summary>How a gateway connection began its session.</summary>
public enum GatewayStart
{
    /// <summary>Neither Identify nor Resume was accepted (yet).</summary>
    None,

    /// <summary>Identify (op 2) started a new session.</summary>
    Identify,

    /// <summary>Resume (op 6) continued an earlier session.</summary>
    Resume,
}
