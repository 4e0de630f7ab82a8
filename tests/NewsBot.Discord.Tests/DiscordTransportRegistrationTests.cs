using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests;

public sealed class DiscordTransportRegistrationTests
{
    [Fact]
    public void AddDiscordTransport_TokenMissing_FailsNamingTheEnvironmentVariable()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("NewsBot__Discord__Token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordTransport_ApiBaseUrlNotHttp_FailsNamingTheKey()
    {
        using var provider = Build(new Dictionary<string, string?> { ["NewsBot:Discord:Token"] = "t", ["NewsBot:Discord:ApiBaseUrl"] = "ftp://discord.test/api" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("NewsBot:Discord:ApiBaseUrl must be an absolute http(s) URL", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscordTransport_ValidSettings_ResolvesTheRestClient()
    {
        using var provider = Build(new Dictionary<string, string?> { ["NewsBot:Discord:Token"] = "t" });

        Assert.IsType<DiscordRestClient>(provider.GetRequiredService<IDiscordRest>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddDiscordTransport(configuration);
        return services.BuildServiceProvider();
    }
}
