using NewsBot.Discord.Bot;
using NewsBot.Discord.Bot.Models;

namespace NewsBot.Discord.Tests.Bot;

public sealed class AdminCheckTests
{
    private static Interaction In(string? guild, string permissions, params string[] roles) =>
        new("i", "a", 2, null, guild, "c", guild is null ? null : new GuildMember(new DiscordUser("u"), roles, permissions), new DiscordUser("u"), "t");

    [Theory]
    [InlineData("32")]
    [InlineData("8")]
    [InlineData("2147483680")]
    public void Decide_ManageServerOrAdministrator_Allowed(string permissions) =>
        Assert.Equal(AdminDecision.Allowed, AdminCheck.Decide(In("42", permissions), []));

    [Fact]
    public void Decide_AdminRole_Allowed() => Assert.Equal(AdminDecision.Allowed, AdminCheck.Decide(In("42", "0", "77"), [77UL]));

    [Fact]
    public void Decide_PlainMember_NotAdmin() => Assert.Equal(AdminDecision.NotAdmin, AdminCheck.Decide(In("42", "1024", "5"), [77UL]));

    [Fact]
    public void Decide_DirectMessage_NotInGuild() => Assert.Equal(AdminDecision.NotInGuild, AdminCheck.Decide(In(null, "32"), []));
}
