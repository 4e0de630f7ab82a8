namespace NewsBot.Tests.Deployment;

/// <summary>One service of the compose file, as far as the deployment tests look at it.</summary>
internal sealed record ComposeService(
    string Name,
    string? Image,
    bool Builds,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<string> Command);
