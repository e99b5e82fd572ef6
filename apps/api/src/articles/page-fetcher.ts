import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Injectable } from '@nestjs/common';
import { ProblemError } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';

const FETCH_TIMEOUT_MS = 10_000;
const FETCH_MAX_BYTES = 5_000_000;
const FETCH_MAX_REDIRECTS = 5;
const ACCEPTED = /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/;

/**
 * Addresses a fetch never connects to unless the host is listed in FETCH_ALLOWED_HOSTS: this
 * machine, private networks, link-local (cloud metadata at 169.254.169.254), unique-local
 * (fd00:ec2::254), carrier-grade NAT, multicast and reserved ranges.
 */
const REFUSED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) REFUSED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) REFUSED.addSubnet(net, prefix, 'ipv6');

/** True when `address` (IPv4 or IPv6, IPv4-mapped included) is one a fetch must not reach. */
export function isRefusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return REFUSED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return REFUSED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface FetchedPage {
  /** The body as fetched, decoded. */
  body: string;
  kind: 'html' | 'text';
  /** Where the page was finally served from, after redirects. */
  finalUrl: string;
}

const refused = (url: URL, why: string) => new ProblemError('url-not-allowed', `Factdesk does not fetch ${url.host}: ${why}. Ask an administrator to list it in FETCH_ALLOWED_HOSTS if it is a trusted source.`);
const failed = (url: string, why: string) => new ProblemError('fetch-failed', `Could not fetch ${url}: ${why}.`);

/** Fetches news pages by URL, refusing server-side request forgery (also after each redirect). */
@Injectable()
export class PageFetcher {
  private readonly allowed: Set<string>;

  constructor(config: AppConfig) {
    this.allowed = new Set((config.FETCH_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean));
  }

  async fetch(address: string): Promise<FetchedPage> {
    const deadline = Date.now() + FETCH_TIMEOUT_MS;
    let url = new URL(address);
    for (let redirects = 0; ; redirects++) {
      const res = await this.get(url, deadline);
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (redirects >= FETCH_MAX_REDIRECTS) throw failed(address, `more than ${FETCH_MAX_REDIRECTS} redirects`);
        url = new URL(location, url);
        continue;
      }
      if (!res.statusCode || res.statusCode >= 400) {
        res.resume();
        throw failed(url.href, `the server answered ${res.statusCode}`);
      }
      const [type, ...params] = (res.headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase());
      if (!ACCEPTED.test(type)) {
        res.resume();
        throw failed(url.href, `it is ${type || 'of no stated type'}, not an HTML page or plain text`);
      }
      const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
      const body = await readCapped(res, url.href, deadline);
      return { body: decode(body, charset), kind: type === 'text/plain' ? 'text' : 'html', finalUrl: url.href };
    }
  }

  private isAllowed(url: URL): boolean {
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return this.allowed.has(`${url.hostname.toLowerCase().replace(/^\[|\]$/g, '')}:${port}`) || this.allowed.has(`${url.hostname.toLowerCase()}:${port}`);
  }

  private get(url: URL, deadline: number): Promise<IncomingMessage> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(url, `only http and https are fetched, not ${url.protocol}`);
    if (url.username || url.password) throw refused(url, 'the URL carries credentials');
    const allowed = this.isAllowed(url);
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (!allowed && isIP(literal) && isRefusedAddress(literal)) throw refused(url, `${literal} is a loopback, private, link-local or reserved address`);
    // The address checked is the address connected to: resolving again later could answer differently.
    const lookup: LookupFunction = (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        if (error) return callback(error, '', 4);
        const bad = addresses.find((a) => isRefusedAddress(a.address));
        if (!allowed && bad) return callback(refused(url, `it resolves to ${bad.address}, a loopback, private, link-local or reserved address`), '', 4);
        if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      });
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(url, { method: 'GET', lookup, timeout: Math.max(1, deadline - Date.now()), headers: { 'User-Agent': 'Factdesk/1.0 (+article fetch)', Accept: 'text/html, application/xhtml+xml, text/plain;q=0.8' } }, resolve);
      req.setTimeout(Math.max(1, deadline - Date.now()), () => req.destroy(failed(url.href, `no answer within ${FETCH_TIMEOUT_MS / 1000} s`)));
      req.on('error', (error) => reject(error instanceof ProblemError ? error : failed(url.href, reason(error))));
      req.end();
    });
  }
}

function reason(error: Error & { code?: string }): string {
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (error.code === 'ECONNREFUSED') return 'the connection was refused';
  if (error.code === 'ECONNRESET') return 'the connection was reset';
  return error.code ? `network error ${error.code}` : 'network error';
}

function readCapped(res: IncomingMessage, url: string, deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => res.destroy(failed(url, `the page did not arrive within ${FETCH_TIMEOUT_MS / 1000} s`)), Math.max(1, deadline - Date.now()));
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > FETCH_MAX_BYTES) res.destroy(failed(url, `the page is larger than ${FETCH_MAX_BYTES / 1_000_000} MB`));
      else chunks.push(chunk);
    });
    res.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    res.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof ProblemError ? error : failed(url, reason(error)));
    });
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.complete) reject(failed(url, 'the connection closed early'));
    });
  });
}

function decode(body: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
