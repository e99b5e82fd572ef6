import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkedLookup, hostListed, isRefusedAddress, refusedLiteral } from '../common/address-guard.js';
import { ProblemError } from '../common/problem.js';

const notAllowed = (url: URL, why: string) =>
  new ProblemError('url-not-allowed', `Factdesk does not deliver webhooks to ${url.host}: ${why}. Ask an administrator to list it in WEBHOOK_ALLOWED_HOSTS if it is a receiver on your own network.`);

/**
 * Refuses a webhook URL that names or resolves to a loopback, private, link-local or reserved address
 * unless its host is listed. A name that does not resolve yet is accepted: its deliveries fail and are
 * retried, and each delivery checks the address it connects to again.
 */
export async function checkWebhookUrl(address: string, allowed: ReadonlySet<string>): Promise<void> {
  const url = new URL(address);
  if (hostListed(allowed, url)) return;
  const literal = refusedLiteral(url);
  if (literal) throw notAllowed(url, `${literal} is a loopback, private, link-local or reserved address`);
  const addresses = await lookup(url.hostname.replace(/^\[|\]$/g, ''), { all: true }).catch(() => []);
  const bad = addresses.find((a) => isRefusedAddress(a.address));
  if (bad) throw notAllowed(url, `it resolves to ${bad.address}, a loopback, private, link-local or reserved address`);
}

/** The answer to one delivery: the status, or the reason there was none. */
export type PostResult = { statusCode: number } | { error: Error };

/**
 * POSTs a delivery to the address the lookup checked (no redirect is followed: the registered URL is the
 * only place events go). The answer's body is never read, only drained to free the connection.
 */
export function postChecked(address: string, allowed: ReadonlySet<string>, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<PostResult> {
  // A row stored before the URL check read addresses as the WHATWG parser does: refused for good, not a throw.
  if (!URL.canParse(address)) return Promise.resolve({ error: new ProblemError('url-not-allowed', `Factdesk does not deliver webhooks to ${address}: it is not a URL Node can parse.`) });
  const url = new URL(address);
  const listed = hostListed(allowed, url);
  const literal = refusedLiteral(url);
  if (!listed && literal) return Promise.resolve({ error: notAllowed(url, `${literal} is a loopback, private, link-local or reserved address`) });
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    // agent: false: a pooled keep-alive connection is reused without the lookup, so without the check; the
    // page fetcher could then reach an internal host over a connection a delivery to a listed one left open.
    const req = send(url, { method: 'POST', agent: false, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, signal, lookup: checkedLookup(listed, (a) => notAllowed(url, `it resolves to ${a}, a loopback, private, link-local or reserved address`)) }, (res) => {
      res.resume();
      resolve({ statusCode: res.statusCode ?? 0 });
    });
    req.on('error', (error) => resolve({ error }));
    req.end(body);
  });
}
