using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.StandIn;

public sealed class DiscordSpecTests
{
    private const string CallbackPath = "/interactions/1300000000000000001/some-token/callback";

    [Fact]
    public void Check_ValidInteractionCallback_FindsNothing()
    {
        var spec = DiscordSpec.Load();
        var body = JsonNode.Parse("""{"type":4,"data":{"content":"An answer [1]","allowed_mentions":{"parse":[]},"embeds":[{"description":"[1] A source"}]}}""");

        var problems = spec.Check("POST", CallbackPath, body);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_ChannelMessageOver2000Characters_ReportsContentLength()
    {
        var spec = DiscordSpec.Load();
        var body = new JsonObject { ["content"] = new string('a', 2001) };

        var problems = spec.Check("POST", "/channels/1300000000000000001/messages", body);

        Assert.Contains(problems, p => p.StartsWith("body.content:", StringComparison.Ordinal) && p.Contains("2001", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CallbackWithStringType_ReportsWrongType()
    {
        var spec = DiscordSpec.Load();
        var body = JsonNode.Parse("""{"type":"4","data":{"content":"hi"}}""");

        var problems = spec.Check("POST", CallbackPath, body);

        Assert.Contains(problems, p => p.StartsWith("body.type:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CommandsWithStringPermissions_FindsNothing()
    {
        var spec = DiscordSpec.Load();
        var body = JsonNode.Parse("""[{"name":"ask","description":"Ask the news","default_member_permissions":"0","options":[{"type":3,"name":"question","description":"Your question","required":true,"autocomplete":true}]}]""");

        var problems = spec.Check("PUT", "/applications/1300000000000000001/commands", body);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Check_RecordedFollowUpOver2000Characters_IsCaught()
    {
        var spec = DiscordSpec.Load();
        await using var standIn = await DiscordStandIn.StartAsync();
        using var http = new HttpClient();
        var path = $"/webhooks/{standIn.Options.ApplicationId}/unknown-token";

        using var response = await http.PostAsync(new Uri(standIn.ApiBaseUrl + path), new StringContent(new JsonObject { ["content"] = new string('b', 2500) }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var problems = spec.Check(standIn.Requests.Single());

        Assert.Equal(400, standIn.Requests.Single().Status);
        Assert.Contains(problems, p => p.StartsWith("body.content:", StringComparison.Ordinal));
    }
}
