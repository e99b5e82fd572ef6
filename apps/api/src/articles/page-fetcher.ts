import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Injectable } from '@nestjs/common';
import { allowList, checkedLookup, hostListed, refusedLiteral } from '../common/address-guard.js';
import { ProblemError } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';

const FETCH_TIMEOUT_MS = 10_000;
const FETCH_MAX_BYTES = 5_000_000;
const FETCH_MAX_REDIRECTS = 5;
const ACCEPTED = /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/;

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
    this.allowed = allowList(config.FETCH_ALLOWED_HOSTS);
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
        if (!URL.canParse(location, url.href)) throw failed(url.href, `it redirects to ${JSON.stringify(location.slice(0, 200))}, which is not a URL`);
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

  private get(url: URL, deadline: number): Promise<IncomingMessage> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(url, `only http and https are fetched, not ${url.protocol}`);
    if (url.username || url.password) throw refused(url, 'the URL carries credentials');
    const allowed = hostListed(this.allowed, url);
    const literal = refusedLiteral(url);
    if (!allowed && literal) throw refused(url, `${literal} is a loopback, private, link-local or reserved address`);
    // The address checked is the address connected to: resolving again later could answer differently.
    const lookup = checkedLookup(allowed, (address) => refused(url, `it resolves to ${address}, a loopback, private, link-local or reserved address`));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      // agent: false: a pooled keep-alive connection would be reused without the lookup, so without the check.
      const req = send(url, { method: 'GET', agent: false, lookup, timeout: Math.max(1, deadline - Date.now()), headers: { 'User-Agent': 'Factdesk/1.0 (+article fetch)', Accept: 'text/html, application/xhtml+xml, text/plain;q=0.8' } }, resolve);
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

/** The body as text; a NUL byte (which PostgreSQL text cannot hold) becomes U+FFFD, as an HTML parser reads it. */
function decode(body: Buffer, charset: string | undefined): string {
  let text: string;
  try {
    text = new TextDecoder(charset || 'utf-8').decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
  }
  return text.replaceAll('\u0000', '\uFFFD');
}
