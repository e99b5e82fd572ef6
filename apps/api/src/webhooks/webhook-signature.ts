import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint's signing secret. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** HMAC-SHA256 over `${timestamp}.${body}`: the timestamp is signed too, so an old request cannot be replayed with a new one. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** The headers of one delivery attempt. */
export function webhookHeaders(event: { id: string; type: string }, secret: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'Factdesk-Webhooks/1',
    'Factdesk-Event-Id': event.id,
    'Factdesk-Event-Type': event.type,
    'Factdesk-Timestamp': String(timestamp),
    'Factdesk-Signature': webhookSignature(secret, timestamp, body),
  };
}
