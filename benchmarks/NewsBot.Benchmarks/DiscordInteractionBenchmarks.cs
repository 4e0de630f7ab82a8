using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NewsBot.Testing.Discord;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>/ask</c> through the real transport: the Discord stand-in sends INTERACTION_CREATE over the loopback WebSocket,
/// and the clock stops when the stand-in receives the deferral (callback type 5; target under 50 ms) or the edit of
/// <c>@original</c> with the answer (extractive, hashing embedder, the 12 sample articles). One question per iteration.
/// </summary>
[Config(typeof(LatencyConfig))]
public class DiscordInteractionBenchmarks
{
    private static readonly string[] Questions =
    [
        "What did the council decide about the Eastfield tram?",
        "How many people left their homes when the River Alder flooded?",
        "Why are the ferry crews on strike?",
        "What happened to the library?",
        "Who rescued the walkers?",
    ];

    private BotOnStandIn? bot;
    private JsonObject? interaction;
    private int asked;

    [GlobalSetup]
    public void Setup() => bot = BotOnStandIn.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => bot!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextQuestion() => interaction = bot!.Discord.Events.Ask(Questions[asked++ % Questions.Length]);

    /// <summary>INTERACTION_CREATE sent → the deferral (type 5) received.</summary>
    [Benchmark]
    public async Task<RecordedRequest> Deferral()
    {
        var id = interaction!["id"]!.GetValue<string>();
        var deferral = bot!.Discord.RequestAsync(r => r.Route == DiscordRoutes.InteractionCallback && r.Path.Contains(id, StringComparison.Ordinal));
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", interaction);
        var callback = await deferral;
        return callback.Json?["type"]?.GetValue<int>() == 5 ? callback : throw new InvalidOperationException($"The bot answered /ask with {callback.Body}, not a deferral.");
    }

    /// <summary>INTERACTION_CREATE sent → the PATCH of <c>@original</c> carrying the answer received.</summary>
    [Benchmark]
    public async Task<RecordedRequest> EditedAnswer()
    {
        var edit = bot!.Discord.RequestAsync(IsEditOf(interaction!));
        await bot.Discord.DispatchAsync("INTERACTION_CREATE", interaction!);
        var patch = await edit;
        return patch.Status == 200 && patch.Body.Contains("[1]", StringComparison.Ordinal)
            ? patch
            : throw new InvalidOperationException($"The answer edit was answered {patch.Status}, or carried no citation: {patch.Body}");
    }

    /// <summary>Lets the answer of a <see cref="Deferral"/> iteration finish outside the measurement, so iterations do not overlap.</summary>
    [IterationCleanup(Target = nameof(Deferral))]
    public void AwaitAnswer() => bot!.Discord.RequestAsync(IsEditOf(interaction!)).GetAwaiter().GetResult();

    private static Func<RecordedRequest, bool> IsEditOf(JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        return r => r.Method == "PATCH" && r.Route == DiscordRoutes.WebhookMessage && r.Path.Contains(token, StringComparison.Ordinal) && r.Path.EndsWith("/@original", StringComparison.Ordinal);
    }
}
