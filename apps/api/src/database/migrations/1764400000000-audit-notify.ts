import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes every replica's live-event poller when audit events commit, instead of leaving them to find
 * the rows on their next poll. One notification per statement (PostgreSQL also folds identical ones
 * within a transaction and delivers them only on commit), with no payload: the poller reads the rows
 * by its id cursor, so a notification only says "look now".
 */
export class AuditNotify1764400000000 implements MigrationInterface {
  name = 'AuditNotify1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION factdesk_audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('factdesk_audit', '');
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION factdesk_audit_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_notify ON audit_event`);
    await db.query(`DROP FUNCTION factdesk_audit_notify()`);
  }
}
