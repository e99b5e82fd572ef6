import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extends the audit hash chain with one lock and one head update per statement instead of per event.
 * An ingest writes a few dozen events in one INSERT; the old trigger locked and rewrote the chain
 * head for each of them (a new row version every time), inside the lock every audited write waits for.
 * Now the first event of a transaction locks the head and the chain position travels from row to row
 * in a transaction-local setting; a statement-level trigger writes the head once when the INSERT ends.
 * The chain itself (seq, prev_hash, hash by factdesk_audit_hash) is unchanged, so old and new events
 * verify the same way. Setting and rows roll back together, also to a savepoint.
 */
export class AuditChainHeadOnce1765100000000 implements MigrationInterface {
  name = 'AuditChainHeadOnce1765100000000';

  async up(db: QueryRunner): Promise<void> {
    // The setting is "<transaction id>:<seq>:<hash>" of this transaction's last chained event; a value
    // from another transaction (or none) means the head is not locked yet.
    await db.query(`
      CREATE OR REPLACE FUNCTION factdesk_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        position text := current_setting('factdesk.audit_chain', true);
        parts text[];
        seq bigint;
        prev text;
      BEGIN
        parts := string_to_array(coalesce(position, ''), ':');
        IF array_length(parts, 1) = 3 AND parts[1] = txid_current()::text THEN
          seq := parts[2]::bigint;
          prev := parts[3];
        ELSE
          SELECT h.seq, h.hash INTO seq, prev FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
        END IF;
        NEW.chain_seq := seq + 1;
        NEW.prev_hash := prev;
        NEW.hash := factdesk_audit_hash(NEW);
        PERFORM set_config('factdesk.audit_chain', txid_current()::text || ':' || NEW.chain_seq || ':' || NEW.hash, true);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE FUNCTION factdesk_audit_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parts text[] := string_to_array(coalesce(current_setting('factdesk.audit_chain', true), ''), ':');
      BEGIN
        IF array_length(parts, 1) = 3 AND parts[1] = txid_current()::text THEN
          UPDATE audit_chain_head SET seq = parts[2]::bigint, hash = parts[3] WHERE id = 1 AND seq < parts[2]::bigint;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER audit_event_chain_head AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION factdesk_audit_chain_head()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_chain_head ON audit_event`);
    await db.query(`DROP FUNCTION factdesk_audit_chain_head()`);
    await db.query(`
      CREATE OR REPLACE FUNCTION factdesk_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        NEW.chain_seq := head.seq + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := factdesk_audit_hash(NEW);
        UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE id = 1;
        RETURN NEW;
      END $$`);
  }
}
