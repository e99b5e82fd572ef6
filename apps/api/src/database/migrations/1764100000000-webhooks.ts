import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1764100000000 implements MigrationInterface {
  name = 'Webhooks1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // The secret is kept as given: signing needs it in the clear (HMAC), so it cannot be hashed like a token.
    await db.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL,
        description text,
        secret text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);
    // Only enabled endpoints are looked up, once per audited change that announces an event.
    await db.query(`CREATE INDEX ix_webhook_endpoint_events ON webhook_endpoint USING gin (events) WHERE disabled_at IS NULL`);

    // The outbox and the delivery log in one: a row per (event, endpoint), written in the transaction of
    // the change it announces, then worked off by the delivery worker.
    await db.query(`
      CREATE TABLE webhook_delivery (
        id bigserial PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        last_attempt_at timestamptz,
        last_status_code int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_webhook_delivery_event UNIQUE (endpoint_id, event_id)
      )`);
    await db.query(`CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_delivery`);
    await db.query(`DROP TABLE webhook_endpoint`);
  }
}
