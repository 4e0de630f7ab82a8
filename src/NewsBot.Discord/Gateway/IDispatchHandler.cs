namespace NewsBot.Discord.Gateway;

/// <summary>What the bot does with the gateway's events; the gateway hands every dispatch, READY included, to it.</summary>
internal interface IDispatchHandler
{
    /// <summary>Handles one event. It must return quickly: long work (answering a question) runs on its own.</summary>
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
