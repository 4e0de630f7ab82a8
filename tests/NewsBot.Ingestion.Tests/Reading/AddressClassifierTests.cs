using System.Net;
using NewsBot.Ingestion.Reading;

namespace NewsBot.Ingestion.Tests.Reading;

/// <summary>Which addresses count as outside the public internet (those that cannot be bound in a test are checked here).</summary>
public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.8.9.10", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.254", "a private address")]
    [InlineData("192.168.1.20", "a private address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("100.127.255.254", "a shared (carrier-grade NAT) address")]
    [InlineData("169.254.169.254", "the cloud metadata address")]
    [InlineData("169.254.10.20", "a link-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fc00::1", "a unique-local address")]
    [InlineData("fd12:3456:789a::1", "a unique-local address")]
    [InlineData("224.0.0.251", "a multicast address")]
    [InlineData("ff02::fb", "a multicast address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("255.255.255.255", "the broadcast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("::ffff:169.254.169.254", "the cloud metadata address")]
    [InlineData("64:ff9b::a9fe:a9fe", "the cloud metadata address")]
    public void NonPublicKind_NonPublicAddress_NamesItsKind(string address, string kind)
    {
        Assert.Equal(kind, AddressClassifier.NonPublicKind(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("::ffff:93.184.215.14")]
    public void NonPublicKind_PublicAddress_IsNull(string address)
    {
        Assert.Null(AddressClassifier.NonPublicKind(IPAddress.Parse(address)));
    }
}
