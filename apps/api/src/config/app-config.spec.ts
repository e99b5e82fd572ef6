import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config.js';

describe(loadConfig.name, () => {
  it('applies defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SEED).toBe(true);
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', SEED: 'false', DATABASE_URL: 'postgres://u@h/db' });
    expect(config).toMatchObject({ PORT: 8080, SEED: false, DATABASE_URL: 'postgres://u@h/db' });
  });

  it('reads every variable the class declares, optional ones included, and keeps the default of one not set', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://desk.example.org', RATE_LIMIT_WRITES_VIEWER: '5', WEBHOOK_TIMEOUT_MS: '200', WEBHOOK_WORKER: '0', LOG_FORMAT: 'text', SHUTDOWN_TIMEOUT_MS: '' });
    expect(config).toMatchObject({ CORS_ORIGINS: 'https://desk.example.org', RATE_LIMIT_WRITES_VIEWER: 5, WEBHOOK_TIMEOUT_MS: 200, WEBHOOK_WORKER: false, LOG_FORMAT: 'text', SHUTDOWN_TIMEOUT_MS: 10_000, EVIDENCE_WORKER: true });
    expect(config.RATE_LIMIT_WRITES_EDITOR).toBeUndefined();
  });

  it('stops with a sentence that names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => loadConfig({ ADMIN_TOKEN: 'short' })).toThrow(/ADMIN_TOKEN must be at least 16/);
  });

  it('reads an IPv6 address in the host allow-lists in brackets, as a URL writes it', () => {
    expect(loadConfig({ WEBHOOK_ALLOWED_HOSTS: '[::1]:9000' }).WEBHOOK_ALLOWED_HOSTS).toBe('[::1]:9000');
    expect(loadConfig({ WEBHOOK_ALLOWED_HOSTS: ' cms:8080, 127.0.0.1 ,[::1]:9000, [FD00::5]' }).WEBHOOK_ALLOWED_HOSTS).toContain('[FD00::5]');
    expect(loadConfig({ FETCH_ALLOWED_HOSTS: '[::1]:9000,cms:8080, [fd00:ec2::254]:80' }).FETCH_ALLOWED_HOSTS).toContain('[::1]:9000');
  });

  it('refuses an allow-list entry that no URL could match, naming the variable and the entry', () => {
    // Unbracketed, ::1:9000 is one address (…:1:9000), not ::1 on port 9000.
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: '::1:9000' })).toThrow(/WEBHOOK_ALLOWED_HOSTS must be comma-separated host or host:port entries.*"::1:9000"/);
    expect(() => loadConfig({ FETCH_ALLOWED_HOSTS: '[::1]' })).toThrow(/FETCH_ALLOWED_HOSTS must be comma-separated host:port pairs.*"\[::1\]" has no port/);
    expect(() => loadConfig({ FETCH_ALLOWED_HOSTS: 'cms:8080, [cms]:80' })).toThrow(/FETCH_ALLOWED_HOSTS.*"\[cms\]:80" is not an IPv6 address/);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: '[::1:9000' })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'cms:8080,' })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
    // A URL names the address in its shortest form, so the long one would never be found in the list.
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: '[0:0:0:0:0:0:0:1]:9000' })).toThrow(/write \[::1\]:9000/);
    expect(() => loadConfig({ FETCH_ALLOWED_HOSTS: '[::ffff:127.0.0.1]:80' })).toThrow(/write \[::ffff:7f00:1\]:80/);
  });

  it('runs several API processes only on a PostgreSQL server', () => {
    expect(loadConfig({}).API_PROCESSES).toBe(1);
    expect(loadConfig({ API_PROCESSES: '2', DATABASE_URL: 'postgres://u@h/db' }).API_PROCESSES).toBe(2);
    expect(() => loadConfig({ API_PROCESSES: '2' })).toThrow(/API_PROCESSES: more than 1 needs DATABASE_URL/);
    expect(() => loadConfig({ API_PROCESSES: '0', DATABASE_URL: 'postgres://u@h/db' })).toThrow(/API_PROCESSES/);
  });

  it('asks for a second editor’s review unless REVIEW_REQUIRED is false, and refuses anything but true or false', () => {
    expect(loadConfig({}).REVIEW_REQUIRED).toBe(true);
    expect(loadConfig({ REVIEW_REQUIRED: 'false' }).REVIEW_REQUIRED).toBe(false);
    expect(loadConfig({ REVIEW_REQUIRED: '0' }).REVIEW_REQUIRED).toBe(false);
    expect(loadConfig({ REVIEW_REQUIRED: 'true' }).REVIEW_REQUIRED).toBe(true);
    expect(() => loadConfig({ REVIEW_REQUIRED: 'no' })).toThrow(/REVIEW_REQUIRED must be true or false/);
  });
});
