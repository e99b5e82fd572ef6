import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allowList } from '../common/address-guard.js';
import { ProblemError } from '../common/problem.js';
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
});
