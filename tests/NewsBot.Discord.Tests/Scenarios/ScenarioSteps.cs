using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Scenarios;

/// <summary>Small helpers the command scenarios share: commands as users send them, and the requests that answered one.</summary>
internal static class ScenarioSteps
{
    /// <summary>The Manage Server permission bit, as Discord sends member permissions.</summary>
    public const string ManageServer = "32";

    /// <summary>A slash command without options, from a guild member with <paramref name="permissions"/>.</summary>
    public static JsonObject Command(this DiscordEventBuilder events, string name, string? permissions = null)
    {
        var command = events.Ask("", command: name);
        command["data"]!["options"] = new JsonArray();
        if (permissions is not null)
        {
            command["member"]!["permissions"] = permissions;
        }

        return command;
    }

    /// <summary>The callbacks that answered <paramref name="interaction"/>.</summary>
    public static IReadOnlyList<RecordedRequest> Callbacks(this ScenarioHost bot, JsonObject interaction) =>
        [.. bot.Sent("POST", DiscordRoutes.InteractionCallback).Where(r => r.Path.Contains(Token(interaction), StringComparison.Ordinal))];

    /// <summary>The edits of <paramref name="interaction"/>'s original response, in order.</summary>
    public static IReadOnlyList<RecordedRequest> Edits(this ScenarioHost bot, JsonObject interaction) =>
        [.. bot.Sent("PATCH", DiscordRoutes.OriginalMessage).Where(r => r.Path.Contains(Token(interaction), StringComparison.Ordinal))];

    /// <summary>Waits until <paramref name="interaction"/>'s original response has had an accepted edit that <paramref name="holds"/>.</summary>
    public static Task EditedAsync(this ScenarioHost bot, JsonObject interaction, Func<RecordedRequest, bool> holds, string what) =>
        bot.Discord.WaitUntilAsync(_ => bot.Edits(interaction).Any(e => e.Status == 200 && holds(e)), TimeSpan.FromSeconds(8), what);

    /// <summary>Waits until <paramref name="interaction"/> has had its callback.</summary>
    public static Task CalledBackAsync(this ScenarioHost bot, JsonObject interaction) =>
        bot.Discord.WaitUntilAsync(_ => bot.Callbacks(interaction).Any(c => c.Status is >= 200 and < 300), TimeSpan.FromSeconds(5), "the interaction's callback");

    public static string Content(this RecordedRequest request) => request.Json?["content"]?.GetValue<string>() ?? string.Empty;

    private static string Token(JsonObject interaction) => "/" + interaction["token"]!.GetValue<string>() + "/";
}
