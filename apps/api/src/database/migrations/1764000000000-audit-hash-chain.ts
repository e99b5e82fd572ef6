import type { MigrationInterface, QueryRunner } from 'typeorm';

const GENESIS = '0'.repeat(64);

/**
 * Makes the audit trail tamper-evident: every event carries the SHA-256 of the previous event's hash
 * and its own canonical encoding. The chain is extended by a trigger under a lock on the chain head,
 * so no code path can insert around it and concurrent writers cannot fork it.
 */
export class AuditHashChain1764000000000 implements MigrationInterface {
  name = 'AuditHashChain1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    await db.query(`CREATE TABLE audit_chain_head (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL)`);
    await db.query(`INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '${GENESIS}')`);

    // The canonical encoding: a JSON array of every recorded field (jsonb prints keys in a fixed order).
    await db.query(`
      CREATE FUNCTION factdesk_audit_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_build_array(
          e.chain_seq,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor, e.action, e.entity_type, e.entity_id, e.before, e.after, e.reason, e.request_id
        )::text
      $$`);
    await db.query(`
      CREATE FUNCTION factdesk_audit_hash(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(e.prev_hash || factdesk_audit_canonical(e), 'UTF8')), 'hex')
      $$`);
    await db.query(`
      CREATE FUNCTION factdesk_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        NEW.chain_seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := factdesk_audit_hash(NEW);
        UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);

    // Chain what is already there, oldest first.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await db.query(`
      DO $$
      DECLARE e audit_event; head audit_chain_head;
      BEGIN
        FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
          SELECT * INTO head FROM audit_chain_head WHERE id = 1;
          e.chain_seq := head.seq + 1;
          e.prev_hash := head.hash;
          e.hash := factdesk_audit_hash(e);
          UPDATE audit_event SET chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
          UPDATE audit_chain_head SET seq = e.chain_seq, hash = e.hash WHERE id = 1;
        END LOOP;
      END $$`);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await db.query(`ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX uq_audit_chain_seq ON audit_event (chain_seq)`);
    await db.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION factdesk_audit_chain()`);
    // The head only ever moves forward with the chain.
    await db.query(`CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE OR TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION factdesk_reject_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP TABLE audit_chain_head`);
    await db.query(`DROP FUNCTION factdesk_audit_chain()`);
    await db.query(`DROP FUNCTION factdesk_audit_hash(audit_event)`);
    await db.query(`DROP FUNCTION factdesk_audit_canonical(audit_event)`);
    await db.query(`DROP INDEX uq_audit_chain_seq`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
