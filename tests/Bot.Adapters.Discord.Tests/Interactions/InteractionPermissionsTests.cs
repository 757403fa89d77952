using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary><c>member.permissions</c> as Discord sends it (a decimal bitset string) read into <see cref="Interaction.CanManageGuild"/>.</summary>
public sealed class InteractionPermissionsTests
{
    [Theory]
    [InlineData("32", true)] // MANAGE_GUILD
    [InlineData("8", true)] // ADMINISTRATOR
    [InlineData("2147483647", true)]
    [InlineData("2251799813685247", true)] // every bit Discord has today, above 32 bits
    [InlineData("68608", false)] // view, send, read history
    [InlineData("16", false)] // MANAGE_CHANNELS only
    [InlineData("0", false)]
    [InlineData("-32", false)]
    [InlineData("lots", false)]
    [InlineData("", false)]
    public void Parse_MemberPermissions_ManageGuildOrAdministrator(string permissions, bool expected)
    {
        var json = JsonNode.Parse(InteractionJson.Command("about", "1"))!.AsObject();
        json["member"]!["permissions"] = permissions;

        var interaction = InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Equal(permissions, interaction.MemberPermissions);
        Assert.Equal(expected, interaction.CanManageGuild);
    }

    [Fact]
    public void Parse_DirectMessage_NoPermissions()
    {
        var json = JsonNode.Parse(InteractionJson.Command("about", "1"))!.AsObject();
        json.Remove("member");
        json["user"] = new JsonObject { ["id"] = "77" };

        var interaction = InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Null(interaction.MemberPermissions);
        Assert.False(interaction.CanManageGuild);
    }
}
