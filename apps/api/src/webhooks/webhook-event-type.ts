export const WEBHOOK_EVENTS = ['claim.created', 'verdict.changed', 'claim.published', 'correction.published', 'claim.assigned', 'verdict.reviewed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
