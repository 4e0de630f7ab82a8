using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Says whether an IP address lies outside the public internet (loopback, private, shared, link-local, unique-local,
/// multicast, unspecified, reserved), looking through IPv4-mapped and NAT64 IPv6 forms to the IPv4 address inside.
/// </summary>
internal static class AddressClassifier
{
    /// <summary>What kind of non-public address <paramref name="address"/> is ("a loopback address"), or null when it is public.</summary>
    public static string? NonPublicKind(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return NonPublicKind(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => OfIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => OfIPv6(address),
            _ => "not an IP address",
        };
    }

    private static string? OfIPv4(byte[] b) => b switch
    {
        [0, 0, 0, 0] => "an unspecified address",
        [0, ..] => "a \"this network\" address",
        [127, ..] => "a loopback address",
        [10, ..] => "a private address",
        [172, >= 16 and <= 31, ..] => "a private address",
        [192, 168, ..] => "a private address",
        [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT) address",
        [169, 254, 169, 254] => "the cloud metadata address",
        [169, 254, ..] => "a link-local address",
        [192, 0, 0, ..] => "a reserved (IETF protocol) address",
        [198, 18 or 19, ..] => "a reserved (benchmarking) address",
        [255, 255, 255, 255] => "the broadcast address",
        [>= 224 and <= 239, ..] => "a multicast address",
        [>= 240, ..] => "a reserved address",
        _ => null,
    };

    private static string? OfIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        var b = address.GetAddressBytes();
        if (IsNat64(b))
        {
            return NonPublicKind(new IPAddress(b.AsSpan(12, 4)));
        }

        return b switch
        {
            [0xff, ..] => "a multicast address",
            [0xfe, >= 0x80 and <= 0xbf, ..] => "a link-local address",
            [0xfe, >= 0xc0, ..] => "a site-local address",
            [0xfc or 0xfd, ..] => "a unique-local address",
            // ::/96 holds the deprecated IPv4-compatible forms, ::a.b.c.d; none of them is a public address.
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => "a reserved address",
            _ => null,
        };
    }

    /// <summary>64:ff9b::/96, the well-known NAT64 prefix, which carries an IPv4 address in its last four bytes.</summary>
    private static bool IsNat64(byte[] b) =>
        b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..];
}
