using Bot.Adapters.Discord.Inbound.Gateway;

namespace Bot.Adapters.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, NextStep.Resume)]
    [InlineData(4001, NextStep.Resume)]
    [InlineData(4002, NextStep.Resume)]
    [InlineData(4003, NextStep.Resume)]
    [InlineData(4005, NextStep.Resume)]
    [InlineData(4008, NextStep.Resume)]
    [InlineData(null, NextStep.Resume)]
    [InlineData(4007, NextStep.Identify)]
    [InlineData(4009, NextStep.Identify)]
    [InlineData(4004, NextStep.Fatal)]
    [InlineData(4010, NextStep.Fatal)]
    [InlineData(4011, NextStep.Fatal)]
    [InlineData(4012, NextStep.Fatal)]
    [InlineData(4013, NextStep.Fatal)]
    [InlineData(4014, NextStep.Fatal)]
    internal void Classify_Table(int? code, NextStep expected) => Assert.Equal(expected, GatewayCloseCodes.Classify(code));
}
