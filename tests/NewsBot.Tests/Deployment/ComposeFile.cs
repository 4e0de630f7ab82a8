using NewsBot.Testing;
using YamlDotNet.RepresentationModel;

namespace NewsBot.Tests.Deployment;

/// <summary>The services of the repository's docker-compose.yml, read with YamlDotNet's document model.</summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyList<ComposeService> services) => Services = services;

    public IReadOnlyList<ComposeService> Services { get; }

    public static ComposeFile Load() => Parse(File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docker-compose.yml")));

    public static ComposeFile Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        return new ComposeFile([.. services.Children.Select(pair => Service(((YamlScalarNode)pair.Key).Value!, (YamlMappingNode)pair.Value))]);
    }

    public ComposeService this[string name] => Services.Single(service => service.Name == name);

    private static ComposeService Service(string name, YamlMappingNode node)
    {
        string? Scalar(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
        IReadOnlyList<string> Strings(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode list
            ? [.. list.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "")]
            : [];

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Children.TryGetValue(new YamlScalarNode("environment"), out var env))
        {
            if (env is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    environment[((YamlScalarNode)key).Value!] = (value as YamlScalarNode)?.Value ?? "";
                }
            }
            else if (env is YamlSequenceNode list)
            {
                foreach (var item in list.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? ""))
                {
                    var equals = item.IndexOf('=', StringComparison.Ordinal);
                    environment[equals < 0 ? item : item[..equals]] = equals < 0 ? "" : item[(equals + 1)..];
                }
            }
        }

        return new ComposeService(name, Scalar("image"), node.Children.ContainsKey(new YamlScalarNode("build")), environment, Strings("profiles"), Strings("command"));
    }
}
