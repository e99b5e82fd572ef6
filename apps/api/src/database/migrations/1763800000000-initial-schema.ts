import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
        token_hash text NOT NULL,
        prefix text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz,
        CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
      )`);

    await db.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        title text,
        outlet text,
        author text,
        published_on date,
        url text,
        seed_key text,
        current_revision_id uuid,
        revision_count int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_article_seq UNIQUE (seq),
        CONSTRAINT uq_article_url UNIQUE (url),
        CONSTRAINT uq_article_seed_key UNIQUE (seed_key)
      )`);

    await db.query(`
      CREATE TABLE revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES article(id),
        number int NOT NULL,
        format text NOT NULL CHECK (format IN ('text', 'html')),
        original text NOT NULL,
        source_text text NOT NULL,
        text text NOT NULL,
        content_hash text NOT NULL,
        edits jsonb NOT NULL,
        segments jsonb NOT NULL,
        restored jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_revision_article_number UNIQUE (article_id, number)
      )`);
    await db.query(`ALTER TABLE article ADD CONSTRAINT fk_article_current_revision FOREIGN KEY (current_revision_id) REFERENCES revision(id)`);

    await db.query(`
      CREATE TABLE claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        article_id uuid REFERENCES article(id),
        revision_id uuid REFERENCES revision(id),
        start_offset int,
        end_offset int,
        text text NOT NULL,
        prefix text,
        suffix text,
        kind text NOT NULL,
        kinds text[] NOT NULL,
        score real NOT NULL,
        signals jsonb NOT NULL,
        origin text NOT NULL CHECK (origin IN ('extracted', 'editor')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'verified', 'disputed', 'unsupported')),
        current_verdict_id uuid,
        version int NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_claim_seq UNIQUE (seq),
        CONSTRAINT ck_claim_anchor CHECK (
          (revision_id IS NULL AND start_offset IS NULL AND end_offset IS NULL)
          OR (revision_id IS NOT NULL AND article_id IS NOT NULL AND start_offset >= 0 AND end_offset > start_offset))
      )`);
    // One claim per span of a revision: creating a claim on a claimed span returns the existing one.
    await db.query(`CREATE UNIQUE INDEX uq_claim_span ON claim (revision_id, start_offset, end_offset) WHERE revision_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_claim_article ON claim (article_id, seq)`);
    await db.query(`CREATE INDEX ix_claim_status ON claim (status, seq)`);
    await db.query(`CREATE INDEX ix_claim_text_trgm ON claim USING gin (text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE verdict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claim(id),
        verdict text NOT NULL CHECK (verdict IN ('verified', 'disputed', 'unsupported')),
        note text NOT NULL DEFAULT '',
        reason text,
        supersedes_id uuid REFERENCES verdict(id),
        claim_version int NOT NULL,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_verdict_claim ON verdict (claim_id, decided_at)`);
    await db.query(`ALTER TABLE claim ADD CONSTRAINT fk_claim_current_verdict FOREIGN KEY (current_verdict_id) REFERENCES verdict(id)`);

    await db.query(`
      CREATE TABLE citation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verdict_id uuid NOT NULL REFERENCES verdict(id),
        article_id uuid NOT NULL REFERENCES article(id),
        revision_id uuid NOT NULL REFERENCES revision(id),
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        stance text NOT NULL CHECK (stance IN ('supports', 'contradicts')),
        quote text NOT NULL,
        position int NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_citation_verdict ON citation (verdict_id, position)`);

    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        request_id text
      )`);
    await db.query(`CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, id)`);
    await db.query(`CREATE INDEX ix_audit_actor ON audit_event (actor, id)`);
    await db.query(`CREATE INDEX ix_audit_action ON audit_event (action, id)`);

    // History is append-only, enforced by the database so no code path can rewrite it.
    await db.query(`
      CREATE FUNCTION factdesk_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_event', 'revision', 'verdict', 'citation']) {
      await db.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION factdesk_reject_change()`);
      await db.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION factdesk_reject_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['citation', 'verdict', 'revision', 'audit_event']) {
      await db.query(`DROP TRIGGER IF EXISTS ${table}_append_only ON ${table}`);
      await db.query(`DROP TRIGGER IF EXISTS ${table}_no_truncate ON ${table}`);
    }
    await db.query(`ALTER TABLE claim DROP CONSTRAINT fk_claim_current_verdict`);
    await db.query(`DROP TABLE citation`);
    await db.query(`DROP TABLE verdict`);
    await db.query(`DROP TABLE claim`);
    await db.query(`ALTER TABLE article DROP CONSTRAINT fk_article_current_revision`);
    await db.query(`DROP TABLE revision`);
    await db.query(`DROP TABLE article`);
    await db.query(`DROP TABLE api_token`);
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION factdesk_reject_change()`);
  }
}
