using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Reading;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Fetching refuses loopback, private and similar addresses unless NewsBot:Ingestion:AllowPrivateNetworks is true.</summary>
public sealed class FetchAddressPolicyTests
{
    private const string AllowHint = "; set NewsBot:Ingestion:AllowPrivateNetworks=true to allow private networks.";

    private static readonly Dictionary<string, string?> PrivateNetworksRefused = new() { ["NewsBot:Ingestion:AllowPrivateNetworks"] = "false" };

    [Fact]
    public async Task ReadAsync_LoopbackPageWithPrivateNetworksRefused_OneSentenceNamingTheAddressAndTheSetting()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/news/barrier", CannedResponse.Html(TestFiles.Text("harbour-news-page.html")));
        var url = server.Url("/news/barrier").AbsoluteUri;
        using var host = new ReadingHost(PrivateNetworksRefused);

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.Null(outcome.Article);
        Assert.Equal($"{url} refused: 127.0.0.1 is a loopback address{AllowHint}", outcome.Error);
        Assert.Equal(0, server.TotalRequests);
    }

    [Fact]
    public async Task ReadAsync_LoopbackPageWithPrivateNetworksAllowed_IsRead()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/news/barrier", CannedResponse.Html(TestFiles.Text("harbour-news-page.html")));
        using var host = new ReadingHost(new Dictionary<string, string?> { ["NewsBot:Ingestion:AllowPrivateNetworks"] = "true" });

        var outcome = Assert.Single(await host.ReadAsync(server.Url("/news/barrier").AbsoluteUri));

        Assert.Equal("Tidal barrier closes early as storm surge nears", outcome.Article?.Title);
    }

    [Theory]
    [InlineData("http://[::1]:9/news", "::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]:9/news", "::ffff:127.0.0.1 is a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is the cloud metadata address")]
    [InlineData("http://10.0.0.7/admin", "10.0.0.7 is a private address")]
    [InlineData("http://0.0.0.0:9/", "0.0.0.0 is an unspecified address")]
    public async Task ReadAsync_NonPublicAddressWithPrivateNetworksRefused_RefusedBeforeConnecting(string url, string reason)
    {
        using var host = new ReadingHost(PrivateNetworksRefused);

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.Equal($"{new Uri(url)} refused: {reason}{AllowHint}", outcome.Error);
    }

    [Fact]
    public async Task ReadAsync_LocalhostByNameWithPrivateNetworksRefused_RefusedOnTheResolvedAddress()
    {
        await using var server = LoopbackHttpServer.Start();
        var url = $"http://localhost:{server.BaseUri.Port}/news";
        using var host = new ReadingHost(PrivateNetworksRefused);

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.StartsWith($"{url} refused: ", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("is a loopback address" + AllowHint, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalRequests);
    }

    [Fact]
    public async Task ReadAsync_RedirectIntoTheMetadataAddress_RefusedNamingTheHop()
    {
        await using var server = LoopbackHttpServer.Start();
        server.Map("/story", CannedResponse.Redirect("http://169.254.169.254/latest/meta-data/iam/"));
        var url = server.Url("/story").AbsoluteUri;
        // The policy as configured by default, except for this test's own server, which stands in for a public site.
        using var host = new ReadingHost(
            PrivateNetworksRefused,
            services => services.AddSingleton(new AddressGuard(false, endpoint => endpoint.Port == server.BaseUri.Port && IPAddress.IsLoopback(endpoint.Address))));

        var outcome = Assert.Single(await host.ReadAsync(url));

        Assert.Equal(
            $"{url} redirects to http://169.254.169.254/latest/meta-data/iam/, refused: 169.254.169.254 is the cloud metadata address{AllowHint}",
            outcome.Error);
        Assert.Equal(1, server.RequestCount("/story"));
    }
}
