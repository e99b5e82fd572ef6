import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * What Factdesk's own outgoing requests (pages fetched by URL, webhook deliveries) never connect to
 * unless the host is listed (FETCH_ALLOWED_HOSTS, WEBHOOK_ALLOWED_HOSTS): this machine, private
 * networks, link-local (cloud metadata at 169.254.169.254), unique-local (fd00:ec2::254),
 * carrier-grade NAT, multicast and reserved ranges.
 */
const REFUSED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) REFUSED.addSubnet(net, prefix, 'ipv4');
// ::/96 holds the deprecated IPv4-compatible forms (::127.0.0.1).
for (const [net, prefix] of [['::', 96], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) REFUSED.addSubnet(net, prefix, 'ipv6');

/** True when `address` (IPv4 or IPv6, IPv4-mapped included) is one an outgoing request must not reach. */
export function isRefusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return REFUSED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return REFUSED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A comma-separated list of `host:port` (that port) or `host` (any port), lower-cased. */
export const allowList = (value: string | undefined): Set<string> => new Set((value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean));

/** Whether the URL's host (with its port, or on any port) is in the list. */
export function hostListed(list: ReadonlySet<string>, url: URL): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.toLowerCase();
  const bare = host.replace(/^\[|\]$/g, '');
  return [host, bare].some((h) => list.has(h) || list.has(`${h}:${port}`));
}

/** The host's literal address, when the URL names one instead of a name, and it is refused. */
export function refusedLiteral(url: URL): string | undefined {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(literal) && isRefusedAddress(literal) ? literal : undefined;
}

/**
 * A DNS lookup for node:http that refuses a name resolving to a refused address (unless `allowed`),
 * so the address checked is the address connected to: resolving again later could answer differently.
 */
export function checkedLookup(allowed: boolean, refusal: (address: string) => Error): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const bad = addresses.find((a) => isRefusedAddress(a.address));
      if (!allowed && bad) return callback(refusal(bad.address), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
