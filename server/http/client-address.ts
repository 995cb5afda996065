/**
 * The address a request or socket comes from, for the per-address limits and a match's creator. Behind a
 * reverse proxy (deploy/nginx/) every connection comes from the proxy, and the whole world would share
 * one address's budget (six new matches a minute, 256 sockets). TRUSTED_PROXIES names those proxies: for
 * a connection from one of them the address is the last entry of X-Forwarded-For, the one the proxy
 * appended itself (the entries before it are whatever the client sent, so they are never believed). A
 * connection from anywhere else keeps its own address, whatever header it sends.
 */

/** `::ffff:127.0.0.1` (an IPv4 client of a dual-stack socket) is `127.0.0.1`. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice('::ffff:'.length) : trimmed;
}

/** TRUSTED_PROXIES: comma-separated addresses (`127.0.0.1,::1`); unset, none. */
export function parseTrustedProxies(text: string | undefined): ReadonlySet<string> {
  return new Set(
    (text ?? '')
      .split(',')
      .map(plainAddress)
      .filter((address) => address.length > 0),
  );
}

export type ClientAddress = (remoteAddress: string | undefined, forwardedFor: unknown) => string;

/** Resolves a connection's client address given the proxies it trusts. */
export function clientAddressResolver(trustedProxies: ReadonlySet<string>): ClientAddress {
  return (remoteAddress, forwardedFor) => {
    const direct = plainAddress(remoteAddress ?? 'unknown');
    if (!trustedProxies.has(direct) || typeof forwardedFor !== 'string') return direct;
    const appended = plainAddress(forwardedFor.split(',').at(-1) ?? '');
    return appended.length > 0 ? appended : direct;
  };
}
