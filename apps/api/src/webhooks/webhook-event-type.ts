export const WEBHOOK_EVENTS = ['claim.created', 'verdict.changed', 'claim.published', 'correction.published'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
