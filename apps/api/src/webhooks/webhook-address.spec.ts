import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allowList } from '../common/address-guard.js';
import { ProblemError } from '../common/problem.js';
import { PageFetcher } from '../articles/page-fetcher.js';
import type { AppConfig } from '../config/app-config.js';
import { postChecked } from './webhook-address.js';

describe(postChecked.name, () => {
  const post = (url: string, allowed: string) => postChecked(url, allowList(allowed), { 'Content-Type': 'application/json' }, '{}', AbortSignal.timeout(5_000));

  it('refuses, at delivery, a loopback address or a name that resolves to one, unless listed', async () => {
    const server = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`]) {
        const refused = await post(url, '');
        expect('error' in refused && refused.error instanceof ProblemError && refused.error.code).toBe('url-not-allowed');
      }
      expect(await post(`http://127.0.0.1:${port}/hook`, `127.0.0.1:${port}`)).toEqual({ statusCode: 204 });
      expect(await post(`http://127.0.0.1:${port}/hook`, '127.0.0.1')).toEqual({ statusCode: 204 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers an address the URL parser refuses as a failed delivery instead of throwing', async () => {
    const answer = await post('http://[fe80::1%eth0]/hook', '');
    expect('error' in answer && answer.error.message).toMatch(/not a URL/);
  });

  it('leaves no connection to a listed host that a fetch of an unlisted one could reuse', async () => {
    // Node's default agent keeps connections alive and reuses one by host and port without a new lookup,
    // so without the check: a delivery to a listed receiver must not open the way for the page fetcher.
    const server = createServer((req, res) => res.writeHead(req.url === '/admin' ? 200 : 204, { 'Content-Type': 'text/html' }).end(req.url === '/admin' ? '<p>internal</p>' : undefined));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await post(`http://localhost:${port}/hook`, `localhost:${port}`)).toEqual({ statusCode: 204 });
      const fetcher = new PageFetcher({ FETCH_ALLOWED_HOSTS: '' } as AppConfig);
      await expect(fetcher.fetch(`http://localhost:${port}/admin`)).rejects.toMatchObject({ code: 'url-not-allowed' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
