namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A "random" source that always draws the same fraction, so jittered waits are known.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
