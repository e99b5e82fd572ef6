import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hands out audit event ids under the chain-head lock, so ids become visible in id order.
 *
 * The id used to come from the column default, which PostgreSQL evaluates before the BEFORE INSERT
 * trigger takes the chain-head lock: two concurrent writes could take ids 11 and 12, and the one with
 * 12 commit first. The live stream then sent 12 before 11, and a client that reconnected in between
 * with Last-Event-ID 12 never received 11. The lock is held until commit, so an id taken after it
 * is always above every id already committed: readers that go by `id > last` miss nothing but
 * rolled-back inserts. The chain itself (seq, prev_hash, hash) is computed exactly as before.
 */
export class AuditIdInCommitOrder1765600000000 implements MigrationInterface {
  name = 'AuditIdInCommitOrder1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_event ALTER COLUMN id DROP DEFAULT`);
    await db.query(chainFunction(`NEW.id := nextval('audit_event_id_seq'::regclass);`));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(chainFunction(''));
    await db.query(`ALTER TABLE audit_event ALTER COLUMN id SET DEFAULT nextval('audit_event_id_seq'::regclass)`);
  }
}

/** The chain trigger of migration 1765100000000, with `takeId` run once the head is locked. */
function chainFunction(takeId: string): string {
  return `
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
      ${takeId}
      NEW.chain_seq := seq + 1;
      NEW.prev_hash := prev;
      NEW.hash := factdesk_audit_hash(NEW);
      PERFORM set_config('factdesk.audit_chain', txid_current()::text || ':' || NEW.chain_seq || ':' || NEW.hash, true);
      RETURN NEW;
    END $$`;
}
