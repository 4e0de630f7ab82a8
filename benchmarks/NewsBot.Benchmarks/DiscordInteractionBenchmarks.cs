using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using NewsBot.Testing.Discord;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>/ask</c> through the real transport: the Discord stand-in sends INTERACTION_CREATE over the loopback WebSocket,
/// and the clock stops when the stand-in receives the deferral (callback type 5; target under 50 ms) or the edit of
/// <c>@original</c> with the answer (extractive, over the sample articles), with the hashing embedder and with the default
/// MiniLM, which embeds each question and the sentences it compares by meaning. One question per iteration.
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

    // Generous: the first iterations include JIT and the machine may be busy; a lost reply still fails the run.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private BotOnStandIn? bot;
    private JsonObject? interaction;
    private bool dispatched;
    private int asked;

    /// <summary>The embedder the bot runs with.</summary>
    [Params("Hashing", "MiniLM")]
    public string Embedder { get; set; } = "Hashing";

    [GlobalSetup]
    public void Setup() => bot = BotOnStandIn.StartAsync(Embedder).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => bot!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextQuestion()
    {
        interaction = bot!.Discord.Events.Ask(Questions[asked++ % Questions.Length]);
        dispatched = false;
    }

    /// <summary>INTERACTION_CREATE sent → the deferral (type 5) received.</summary>
    [Benchmark]
    public async Task<RecordedRequest> Deferral()
    {
        var id = interaction!["id"]!.GetValue<string>();
        var deferral = bot!.Discord.RequestAsync(r => r.Route == DiscordRoutes.InteractionCallback && r.Path.Contains(id, StringComparison.Ordinal), Patience);
        await DispatchAsync();
        var callback = await deferral;
        return callback.Json?["type"]?.GetValue<int>() == 5 ? callback : throw new InvalidOperationException($"The bot answered /ask with {callback.Body}, not a deferral.");
    }

    /// <summary>INTERACTION_CREATE sent → the PATCH of <c>@original</c> carrying the answer received.</summary>
    [Benchmark]
    public async Task<RecordedRequest> EditedAnswer()
    {
        var edit = bot!.Discord.RequestAsync(IsEditOf(interaction!), Patience);
        await DispatchAsync();
        var patch = await ExplainedAsync(edit);
        return patch.Status == 200 && patch.Body.Contains("[1]", StringComparison.Ordinal)
            ? patch
            : throw new InvalidOperationException($"The answer edit was answered {patch.Status}, or carried no citation: {patch.Body}");
    }

    /// <summary>Lets the answer of a <see cref="Deferral"/> iteration finish outside the measurement, so iterations do not overlap.</summary>
    [IterationCleanup(Target = nameof(Deferral))]
    public void AwaitAnswer()
    {
        // BenchmarkDotNet also runs the cleanup after its empty overhead runs, which dispatch nothing.
        if (dispatched)
        {
            ExplainedAsync(bot!.Discord.RequestAsync(IsEditOf(interaction!), Patience)).GetAwaiter().GetResult();
        }
    }

    /// <summary>The awaited request, or a timeout that lists what the stand-in did receive.</summary>
    private async Task<RecordedRequest> ExplainedAsync(Task<RecordedRequest> waiting)
    {
        try
        {
            return await waiting;
        }
        catch (TimeoutException timeout)
        {
            var seen = string.Join("; ", bot!.Discord.Requests.TakeLast(5).Select(r => $"{r.Method} {r.Path} → {r.Status} {r.Body}"));
            throw new TimeoutException($"{timeout.Message} Last requests: {seen}", timeout);
        }
    }

    private Task DispatchAsync()
    {
        dispatched = true;
        return bot!.Discord.DispatchAsync("INTERACTION_CREATE", interaction!);
    }

    private static Func<RecordedRequest, bool> IsEditOf(JsonObject interaction)
    {
        var token = interaction["token"]!.GetValue<string>();
        return r => r.Method == "PATCH" && r.Route == DiscordRoutes.OriginalMessage && r.Path.Contains(token, StringComparison.Ordinal);
    }
}
