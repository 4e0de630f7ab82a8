using System.Net;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Testing.Qdrant;

/// <summary>
/// Qdrant as its gRPC clients see it, on a real loopback socket: Kestrel on 127.0.0.1 and a free port, HTTP/2 without
/// TLS, serving <c>qdrant.Collections</c>, <c>qdrant.Points</c> and <c>qdrant.Qdrant</c> with Qdrant.Client's own
/// message types, each method bound by hand. Point the real <c>QdrantClient</c> at <see cref="Url"/>. Per test it can
/// require an API key, inject faults and delays, and records every call. Use one per test and dispose it.
/// </summary>
public sealed class QdrantStandIn : IAsyncDisposable
{
    private readonly WebApplication app;

    private QdrantStandIn(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
        State = app.Services.GetRequiredService<QdrantStandInState>();
        Script = app.Services.GetRequiredService<QdrantStandInScript>();
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The gRPC address, e.g. <c>http://127.0.0.1:50123</c>, as the <c>Storage:Qdrant:Url</c> setting takes it.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}");

    /// <summary>Collections, aliases and points, for assertions.</summary>
    public QdrantStandInState State { get; }

    /// <summary>The key in force, scripted faults and the record of calls.</summary>
    public QdrantStandInScript Script { get; }

    /// <summary>Every call received, in arrival order.</summary>
    public IReadOnlyList<ReceivedCall> Calls => Script.Calls;

    /// <summary>Starts a stand-in on a free loopback port.</summary>
    public static async Task<QdrantStandIn> StartAsync(QdrantStandInOptions? options = null)
    {
        options ??= new QdrantStandInOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var services = builder.Services;
        services.AddRouting();
        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<QdrantCallGate>();
            grpc.EnableDetailedErrors = false;
        });
        var state = new QdrantStandInState(options.Time);
        services.AddSingleton(state);
        services.AddSingleton(new QdrantStandInScript(options.ApiKey));
        services.AddSingleton(options);
        services.AddSingleton(options.Collections?.Invoke(state) ?? new QdrantCollectionsService(state));
        services.AddSingleton(options.Points?.Invoke(state) ?? new QdrantPointsService(state));
        services.AddSingleton<QdrantHealthService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<QdrantCollectionsService>, CollectionsMethods>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<QdrantPointsService>, PointsMethods>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<QdrantHealthService>, HealthMethods>());

        var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<QdrantCollectionsService>();
        app.MapGrpcService<QdrantPointsService>();
        app.MapGrpcService<QdrantHealthService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new QdrantStandIn(app, new Uri(address).Port);
    }

    /// <summary>Fails the next <paramref name="times"/> calls of <paramref name="method"/> ("Query", "qdrant.Points/Upsert"; null: any) with <paramref name="code"/>.</summary>
    public void FailNext(StatusCode code, string? message = null, string? method = null, int times = 1) =>
        Script.Add(new ScriptedFault(method, new Status(code, message ?? DefaultMessage(code)), TimeSpan.Zero), times);

    /// <summary>Holds the next <paramref name="times"/> calls of <paramref name="method"/> for <paramref name="delay"/> (the caller's deadline still ends them) before serving them.</summary>
    public void DelayNext(TimeSpan delay, string? method = null, int times = 1) =>
        Script.Add(new ScriptedFault(method, null, delay), times);

    /// <summary>Calls of <paramref name="method"/> ("Upsert" or "qdrant.Points/Upsert") received so far.</summary>
    public IReadOnlyList<ReceivedCall> CallsOf(string method) =>
        [.. Calls.Where(call => new ScriptedFault(method, null, TimeSpan.Zero).AppliesTo(call.Method))];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string DefaultMessage(StatusCode code) => code switch
    {
        StatusCode.Unavailable => "Service unavailable: the stand-in was told to refuse this call",
        StatusCode.DeadlineExceeded => "Timeout error: the stand-in was told to time out this call",
        _ => $"The stand-in was told to fail this call with {code}",
    };
}
