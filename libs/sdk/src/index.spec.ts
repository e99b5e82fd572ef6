import { describe, expect, it } from 'vitest';
import { asProblem, createFactdeskClient, eventsUrl } from './index.js';

describe(createFactdeskClient.name, () => {
  it('sends the current token as a bearer header and reads typed JSON back', async () => {
    let token: string | null = 'fd_first';
    const seen: Array<string | null> = [];
    const fetch = async (input: Request) => {
      seen.push(input.headers.get('Authorization'));
      return new Response(JSON.stringify({ name: 'Ana', role: 'editor' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const sut = createFactdeskClient({ baseUrl: 'http://api.test', token: () => token, fetch: fetch as typeof globalThis.fetch });
    const { data } = await sut.GET('/api/v1/tokens/me');
    token = null;
    await sut.GET('/api/v1/tokens/me');
    expect(data).toEqual({ name: 'Ana', role: 'editor' });
    expect(seen).toEqual(['Bearer fd_first', null]);
  });
});

describe(eventsUrl.name, () => {
  it('puts the token in the query, encoded', () => {
    expect(eventsUrl('fd_a+b/c', 'http://api.test')).toBe('http://api.test/api/v1/events?access_token=fd_a%2Bb%2Fc');
  });
});

describe(asProblem.name, () => {
  it('passes a problem+json body through and turns anything else into one', () => {
    const problem = { type: '/problems/not-found', title: 'No such resource', status: 404, detail: 'No claim.' };
    expect(asProblem(problem, 404)).toBe(problem);
    expect(asProblem('Bad gateway', 502)).toMatchObject({ status: 502, detail: 'Bad gateway' });
    expect(asProblem(new TypeError('fetch failed'), 0)).toMatchObject({ status: 0, type: '/problems/network', detail: 'fetch failed' });
  });
});
