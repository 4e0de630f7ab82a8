using System.Runtime.InteropServices;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// A build carries ONNX Runtime's native library for the machine it is built on only, not the package's 25 platforms
/// (over 200 MB): this test project's output, which holds the whole application, stands for every build.
/// </summary>
public sealed class BuildOutputTests
{
    [Fact]
    public void Build_Default_CarriesOnlyThisMachinesNativeOnnxRuntime()
    {
        var output = AppContext.BaseDirectory;
        var native = OperatingSystem.IsWindows() ? "onnxruntime.dll" : OperatingSystem.IsMacOS() ? "libonnxruntime.dylib" : "libonnxruntime.so";

        Assert.True(File.Exists(Path.Combine(output, native)), $"{native} is missing from {output}");
        var platforms = Directory.Exists(Path.Combine(output, "runtimes"))
            ? Directory.GetDirectories(Path.Combine(output, "runtimes")).Select(Path.GetFileName).ToList()
            : [];
        Assert.True(platforms.Count == 0, $"The build carries native files for {string.Join(", ", platforms)} ({RuntimeInformation.RuntimeIdentifier} is this machine).");
    }
}
