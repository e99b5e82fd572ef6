import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';

/** Tables whose rows a fresh database already holds from its migrations. */
const MIGRATION_SEEDED = new Set(['audit_chain_head', 'passage_corpus']);

/**
 * A logical backup: every table of the public schema but `migrations`, as NDJSON (a header line,
 * then one `{"t": table, "r": row}` line per row), read in one REPEATABLE READ transaction so it
 * is one consistent moment. Only the simple query protocol is used: on the embedded database the
 * socket is shared with the running server's connection.
 */
const BACKUP_FORMAT = 'factdesk-backup/1';
const BATCH = 500;

interface Header {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out = createWriteStream(file, { flags: 'wx' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`)).rows.map((r) => r.name);
    const migrations = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${ident(table)}`)).rows[0].n);
    const header: Header = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables: counts };
    await write(JSON.stringify(header));
    for (const table of tables) {
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${ident(table)} t`);
      for (;;) {
        const { rows } = await client.query<{ r: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const { r } of rows) await write(`{"t":${JSON.stringify(table)},"r":${r}}`);
        if (rows.length < BATCH) break;
      }
      await client.query('CLOSE backup_rows');
    }
    await client.query('COMMIT');
    out.end();
    await once(out, 'finish');
    return counts;
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into a migrated database that holds no data yet, in one transaction, with
 * triggers off (session_replication_role = replica) so the audit trail's rows, hashes and chain
 * head come back exactly as they were; sequences are moved past the restored rows. Every table's
 * row count is checked against the header before the commit.
 */
export async function restoreDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Opened after the connection: readline emits lines as soon as it exists, iterated or not.
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  try {
    let header: Header | undefined;
    let columns = new Map<string, string[]>();
    const pending = new Map<string, string[]>();
    const flush = async (table: string) => {
      const rows = pending.get(table);
      if (!rows?.length) return;
      const cols = columns.get(table);
      if (!cols) throw new Error(`The backup has rows for table ${table}, which this database does not have.`);
      const list = cols.map(ident).join(', ');
      await client.query(`INSERT INTO ${ident(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${ident(table)}, ${client.escapeLiteral(`[${rows.join(',')}]`)}::json)`);
      pending.set(table, []);
    };
    for await (const line of lines) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Factdesk backup (format ${JSON.stringify(header.format)}).`);
        columns = await prepare(client, header);
        continue;
      }
      // {"t":"name","r":{…}}: the row is kept as text, never re-serialised.
      const comma = line.indexOf(',"r":');
      const table = JSON.parse(line.slice(5, comma)) as string;
      const row = line.slice(comma + 5, -1);
      const batch = pending.get(table) ?? [];
      batch.push(row);
      pending.set(table, batch);
      if (batch.length >= BATCH) await flush(table);
    }
    if (!header) throw new Error(`${file} is empty.`);
    for (const table of pending.keys()) await flush(table);
    await moveSequences(client);
    const counts: Record<string, number> = {};
    for (const [table, expected] of Object.entries(header.tables)) {
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${ident(table)}`)).rows[0].n);
      if (counts[table] !== expected) throw new Error(`Table ${table} has ${counts[table]} rows after the restore, the backup ${expected}; nothing was restored.`);
    }
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** Opens the restore transaction after checking the database is empty and has the backup's migrations. */
async function prepare(client: pg.Client, header: Header): Promise<Map<string, string[]>> {
  const applied = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
  if (applied.join() !== header.migrations.join()) {
    throw new Error(`The backup was made at migration ${header.migrations.at(-1)}, this database is at ${applied.at(-1)}: restore with the Factdesk version that made it.`);
  }
  await client.query('BEGIN');
  await client.query('SET LOCAL session_replication_role = replica');
  const tables = Object.keys(header.tables);
  for (const table of tables) {
    // Rows the migrations themselves insert (the chain's genesis head, the corpus statistics' empty slots) are
    // replaced by the backup's; anything else means data.
    if (MIGRATION_SEEDED.has(table)) continue;
    const n = Number((await client.query(`SELECT count(*) AS n FROM ${ident(table)}`)).rows[0].n);
    if (n > 0) throw new Error(`Table ${table} already has ${n} rows: restore into an empty database.`);
  }
  await client.query(`TRUNCATE ${tables.map(ident).join(', ')}`);
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const columns = new Map<string, string[]>();
  for (const r of rows) columns.set(r.table_name, [...(columns.get(r.table_name) ?? []), r.column_name]);
  return columns;
}

async function moveSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ t: string; c: string; s: string }>(
    `SELECT table_name AS t, column_name AS c, pg_get_serial_sequence(quote_ident(table_name), column_name) AS s
       FROM information_schema.columns WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const { t, c, s } of rows) await client.query(`SELECT setval(${client.escapeLiteral(s)}, COALESCE((SELECT max(${ident(c)}) FROM ${ident(t)}), 0) + 1, false)`);
}
