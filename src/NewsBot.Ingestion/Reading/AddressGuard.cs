using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// The connect step of the page fetcher's <see cref="SocketsHttpHandler"/>: resolves the host itself and connects only
/// to addresses the policy allows, so the check applies to the address actually connected (a host name that resolves
/// to a private address, or changes its answer between a check and the connection, cannot slip past).
/// </summary>
internal sealed class AddressGuard
{
    private readonly bool allowPrivateNetworks;
    private readonly Func<IPEndPoint, bool> exempt;

    public AddressGuard(IOptions<IngestionOptions> options)
        : this(options.Value.AllowPrivateNetworks, _ => false)
    {
    }

    /// <summary>A guard that also lets <paramref name="exempt"/> endpoints through (tests use it for their own loopback server).</summary>
    internal AddressGuard(bool allowPrivateNetworks, Func<IPEndPoint, bool> exempt)
    {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.exempt = exempt;
    }

    /// <summary>Why <paramref name="endpoint"/> may not be connected to, or null when it may.</summary>
    public string? Refusal(IPEndPoint endpoint)
    {
        if (allowPrivateNetworks || exempt(endpoint))
        {
            return null;
        }

        return AddressClassifier.NonPublicKind(endpoint.Address) is { } kind
            ? $"{endpoint.Address} is {kind}"
            : null;
    }

    /// <summary>Connects to the first allowed address of the host; throws <see cref="AddressRefusedException"/> when none is allowed.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        string? refusal = null;
        Exception? lastError = null;
        foreach (var address in addresses)
        {
            var endpoint = new IPEndPoint(address, port);
            if (Refusal(endpoint) is { } reason)
            {
                refusal ??= reason;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                lastError = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        if (lastError is not null)
        {
            throw lastError;
        }

        throw refusal is not null
            ? new AddressRefusedException(refusal)
            : new SocketException((int)SocketError.HostNotFound);
    }
}
