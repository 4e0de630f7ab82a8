namespace NewsBot.Tests.Deployment;

public sealed class ComposeFileTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();

    [Fact]
    public void Environment_EveryNewsBotVariable_BindsToARealOptionAndTakesItsValue()
    {
        var catalog = OptionsCatalog.Load();

        var problems = Compose.Services
            .SelectMany(service => service.Environment
                .Where(pair => pair.Key.StartsWith("NewsBot__", StringComparison.Ordinal))
                .Select(pair => catalog.WhyNotBound(pair.Key.Replace("__", ":", StringComparison.Ordinal), pair.Value) is { } why ? $"{service.Name}: {why}" : null))
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
        Assert.Contains(Compose.Services, service => service.Environment.ContainsKey("NewsBot__Storage__Qdrant__Url"));
    }

    [Fact]
    public void Catalog_AMisspelledSetting_IsReportedNotBound()
    {
        var catalog = OptionsCatalog.Load();

        Assert.NotNull(catalog.WhyNotBound("NewsBot:Storage:Qdrant:Adress", "http://qdrant:6334"));
        Assert.NotNull(catalog.WhyNotBound("NewsBot:Embedding:Dimensions", "many"));
        Assert.NotNull(catalog.WhyNotBound("NewsBot:Embedding:Provider", "Word2Vec"));
        Assert.Null(catalog.WhyNotBound("NewsBot:Embedding:Provider", "openai"));
        Assert.Null(catalog.WhyNotBound("NewsBot:Sources:0", "/news"));
    }

    [Fact]
    public void Images_EveryOne_IsPinnedToAVersionTag()
    {
        var unpinned = Compose.Services
            .Where(service => service.Image is not { } image || Tag(image) is null or "latest" || image.Contains("${", StringComparison.Ordinal))
            .Select(service => $"{service.Name}: {service.Image ?? "(no image)"}")
            .ToList();

        Assert.Empty(unpinned);
    }

    [Fact]
    public void Secrets_ApiKeysAndTokens_ComeFromTheEnvironmentNeverTheFile()
    {
        var written = Compose.Services
            .SelectMany(service => service.Environment.Select(pair => (service.Name, pair.Key, pair.Value)))
            .Where(entry => entry.Key.EndsWith("API_KEY", StringComparison.OrdinalIgnoreCase) || entry.Key.EndsWith("ApiKey", StringComparison.Ordinal) || entry.Key.EndsWith("Token", StringComparison.Ordinal))
            .Where(entry => !entry.Value.StartsWith("${", StringComparison.Ordinal))
            .Select(entry => $"{entry.Name}: {entry.Key}")
            .ToList();

        Assert.Empty(written);
    }

    [Fact]
    public void ClusterProfile_ThreeQdrantPeers_FormOneClusterThroughTheFirst()
    {
        var nodes = Compose.Services
            .Where(service => service.Profiles.Contains("cluster") && service.Image?.StartsWith("qdrant/qdrant:", StringComparison.Ordinal) == true)
            .ToList();
        var first = nodes.Where(node => !node.Command.Contains("--bootstrap")).ToList();

        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, node => Assert.Equal("true", node.Environment["QDRANT__CLUSTER__ENABLED"]));
        Assert.All(nodes, node => Assert.Equal($"http://{node.Name}:6335", node.Command[node.Command.ToList().IndexOf("--uri") + 1]));
        var bootstrap = Assert.Single(first);
        Assert.All(nodes.Except(first), node => Assert.Equal($"http://{bootstrap.Name}:6335", node.Command[node.Command.ToList().IndexOf("--bootstrap") + 1]));
        var bot = Assert.Single(Compose.Services, service => service.Profiles.Contains("cluster") && service.Environment.ContainsKey("NewsBot__Storage__Qdrant__ReplicationFactor"));
        Assert.True(int.Parse(bot.Environment["NewsBot__Storage__Qdrant__ReplicationFactor"], System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }

    private static string? Tag(string image)
    {
        var name = image[(image.LastIndexOf('/') + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || colon == name.Length - 1 ? null : name[(colon + 1)..];
    }
}
