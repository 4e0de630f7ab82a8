using System.Net.WebSockets;

namespace NewsBot.Testing.Discord;

/// <summary>One WebSocket connection a client opened to the stand-in's gateway.</summary>
public sealed class GatewayConnectionRecord
{
    internal GatewayConnectionRecord(int index, string path, string query, DateTimeOffset openedAt)
    {
        Index = index;
        Path = path;
        Query = query;
        OpenedAt = openedAt;
    }

    /// <summary>0 for the first connection, then 1, 2, …</summary>
    public int Index { get; }

    /// <summary>The URL path used: <c>/gateway</c>, or <c>/gateway-resume</c> for the <c>resume_gateway_url</c>.</summary>
    public string Path { get; }

    /// <summary>The query string used, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>True when the connection used the READY's <c>resume_gateway_url</c>.</summary>
    public bool UsedResumeUrl => Path == DiscordStandIn.ResumeGatewayPath;

    /// <summary>When it opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>Whether it identified or resumed.</summary>
    public GatewayStart Start { get; internal set; }

    /// <summary>The Identify payload's <c>d</c>, when it identified.</summary>
    public System.Text.Json.Nodes.JsonNode? Identify { get; internal set; }

    /// <summary>The close code the stand-in sent, or the client's, once closed.</summary>
    public WebSocketCloseStatus? CloseStatus { get; internal set; }

    /// <summary>True when the close was started by the client.</summary>
    public bool ClosedByClient { get; internal set; }

    /// <summary>True once the connection ended, cleanly or not.</summary>
    public bool Ended { get; internal set; }
}
