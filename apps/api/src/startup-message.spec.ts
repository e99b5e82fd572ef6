import { describe, expect, it } from 'vitest';
import { listeningMessage } from './startup-message.js';

describe(listeningMessage.name, () => {
  it('names the dashboard’s URL beside the API and the docs', () => {
    expect(listeningMessage({ PORT: 3100, DATA_DIR: './data' }, true)).toBe('Factdesk listening on http://localhost:3100 (dashboard http://localhost:3100/, API /api/v1, docs /docs, database: embedded in ./data)');
  });

  it('says how to build the dashboard when it is not there, and names a PostgreSQL server without its URL', () => {
    const line = listeningMessage({ PORT: 3000, DATA_DIR: './data', DATABASE_URL: 'postgres://fd:secret@db/fd' }, false);
    expect(line).toContain('dashboard not built (npm run build:dashboard)');
    expect(line).toContain('database: PostgreSQL server');
    expect(line).not.toContain('secret');
  });
});
