using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>One event the gateway dispatched (op 0): its name (<c>READY</c>, <c>INTERACTION_CREATE</c>, <c>MESSAGE_CREATE</c>, …) and its data.</summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data);
