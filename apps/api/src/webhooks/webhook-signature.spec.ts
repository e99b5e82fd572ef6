import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, webhookHeaders, webhookSignature } from './webhook-signature.js';

describe(webhookSignature.name, () => {
  it('is v1= and the hex HMAC-SHA256 of timestamp, dot and body', () => {
    const expected = createHmac('sha256', 'whsec_k').update('1700000000.{"a":1}').digest('hex');
    expect(webhookSignature('whsec_k', 1700000000, '{"a":1}')).toBe(`v1=${expected}`);
  });

  it('changes with the body, the timestamp and the secret', () => {
    const base = webhookSignature('whsec_k', 1700000000, '{"a":1}');
    expect(webhookSignature('whsec_k', 1700000000, '{"a":2}')).not.toBe(base);
    expect(webhookSignature('whsec_k', 1700000001, '{"a":1}')).not.toBe(base);
    expect(webhookSignature('whsec_j', 1700000000, '{"a":1}')).not.toBe(base);
  });
});

describe(webhookHeaders.name, () => {
  it('names the event and signs with the attempt time in Unix seconds', () => {
    const sut = webhookHeaders({ id: 'e1', type: 'claim.created' }, 'whsec_k', '{}', new Date(1_700_000_000_900));
    expect(sut).toMatchObject({
      'Content-Type': 'application/json',
      'Factdesk-Event-Id': 'e1',
      'Factdesk-Event-Type': 'claim.created',
      'Factdesk-Timestamp': '1700000000',
      'Factdesk-Signature': webhookSignature('whsec_k', 1700000000, '{}'),
    });
  });
});

describe(newWebhookSecret.name, () => {
  it('makes a different 256-bit secret each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
