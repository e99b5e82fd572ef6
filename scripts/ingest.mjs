// npm run ingest -- <file.jsonl | folder of .txt/.html | urls.txt> [--batch 200] [--failures ingest-failures.jsonl]
// Loads an archive into a running Factdesk through POST /api/v1/articles/batch.
//   FACTDESK_URL    the API (default http://localhost:3000)
//   FACTDESK_TOKEN  an editor or admin token
// Resumable: the server answers 200 "unchanged" for an item it already has (same URL and content, or
// the content of an article without URL), so a second run writes nothing and reports everything unchanged.
import { lstatSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAX_ITEMS = 500;
/** Below the server's default BATCH_BODY_LIMIT_BYTES (32 MB), with room for JSON escaping. */
const MAX_BATCH_BYTES = 16_000_000;
const ATTEMPTS = 6;

/** The items a path stands for, each with `source` (where it came from) for the failures file. */
export function readItems(path) {
  const full = resolve(path);
  if (statSync(full).isDirectory()) {
    return readdirSync(full)
      .filter((f) => /\.(?:txt|html?)$/i.test(f))
      .sort()
      .map((f) => {
        const content = readFileSync(join(full, f), 'utf8');
        if (!/\.html?$/i.test(f)) return { source: f, item: { content, format: 'text' } };
        // A saved page names its own address: with it, an edited file becomes a new revision of its article.
        const url = canonicalUrl(content);
        return { source: f, item: { content, format: 'html', ...(url ? { url } : {}) } };
      });
  }
  const lines = readFileSync(full, 'utf8').split('\n').map((l) => l.trim());
  const numbered = lines.map((line, i) => ({ line, n: i + 1 })).filter(({ line }) => line !== '' && !line.startsWith('#'));
  if (/\.(?:jsonl|ndjson)$/i.test(extname(full)) || numbered.every(({ line }) => line.startsWith('{'))) {
    return numbered.map(({ line, n }) => {
      let item;
      try {
        item = JSON.parse(line);
      } catch {
        return { source: `${path}:${n}`, error: 'not valid JSON' };
      }
      // The server refuses a whole batch with a non-object item in it (400): one such line stopped the load.
      return item !== null && typeof item === 'object' && !Array.isArray(item) ? { source: `${path}:${n}`, item } : { source: `${path}:${n}`, error: 'not a JSON object' };
    });
  }
  return numbered.map(({ line, n }) => (/^https?:\/\/\S+$/.test(line) ? { source: `${path}:${n}`, item: { url: line } } : { source: `${path}:${n}`, error: 'not an http(s) URL' }));
}

/** A saved page's own address: `<link rel="canonical">`, else `og:url`, when it is an absolute http(s) URL. */
export function canonicalUrl(html) {
  const tags = html.match(/<(?:link|meta)\b[^>]*>/gi) ?? [];
  const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
  const found =
    tags.filter((t) => /^<link/i.test(t) && /^canonical$/i.test(attribute(t, 'rel') ?? '')).map((t) => attribute(t, 'href'))[0] ??
    tags.filter((t) => /^<meta/i.test(t) && /^og:url$/i.test(attribute(t, 'property') ?? '')).map((t) => attribute(t, 'content'))[0];
  const url = found?.trim().replace(/&amp;/g, '&');
  return url && /^https?:\/\/[^\s/]+/i.test(url) && url.length <= 2000 ? url : undefined;
}

/** Consecutive batches of at most MAX_ITEMS items and about MAX_BATCH_BYTES of JSON. */
export function toBatches(entries, maxItems = MAX_ITEMS) {
  const batches = [];
  let current = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(JSON.stringify(entry.item));
    if (current.length > 0 && (current.length >= maxItems || bytes + size > MAX_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends one batch; waits out 429 (Retry-After) and retries 5xx and network errors with backoff. */
async function send(base, token, items) {
  for (let attempt = 1; ; attempt++) {
    let res;
    try {
      res = await fetch(`${base}/api/v1/articles/batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ items }),
      });
    } catch (error) {
      if (attempt >= ATTEMPTS) throw new Error(`cannot reach ${base}: ${error.cause?.code ?? error.message}`, { cause: error });
      await sleep(Math.min(30_000, 500 * 2 ** attempt));
      continue;
    }
    if (res.ok) return res.json();
    const problem = await res.json().catch(() => ({}));
    if ((res.status === 429 || res.status >= 500) && attempt < ATTEMPTS) {
      const wait = Number(res.headers.get('retry-after'));
      await sleep(Number.isFinite(wait) && wait > 0 ? wait * 1000 : Math.min(30_000, 500 * 2 ** attempt));
      continue;
    }
    throw Object.assign(new Error(`the server refused a batch: ${res.status} ${problem.title ?? ''}${problem.detail ? ` — ${problem.detail}` : ''}`), { status: res.status, problem });
  }
}

function progress(done, total, started, final = false) {
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} articles/s  ETA ${final ? 0 : eta} s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${final ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

/**
 * Whether `path` is a failures file as this CLI writes them: a regular file (not a device, a pipe or a
 * link: `--failures /dev/null` deleted the device when run as root) whose every line is a failure record.
 */
function isFailuresFile(path) {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile()) return false;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  return lines.length > 0 && lines.every((line) => {
    try {
      const f = JSON.parse(line);
      return typeof f === 'object' && f !== null && typeof f.source === 'string' && 'status' in f && (f.status === null || Number.isInteger(f.status));
    } catch {
      return false;
    }
  });
}

export async function ingest({ path, base, token, batchSize = 200, failuresFile = 'ingest-failures.jsonl', log = console.log }) {
  const entries = readItems(path);
  const failures = entries.filter((e) => e.error).map((e) => ({ source: e.source, status: null, detail: e.error }));
  const sendable = entries.filter((e) => !e.error);
  const totals = { created: 0, unchanged: 0, failed: failures.length };
  const started = performance.now();
  let refused;
  // The bar counts what the summary counts: a line that could not be read is done (failed) before sending.
  let done = failures.length;
  progress(done, entries.length, started, done === entries.length);
  for (const batch of toBatches(sendable, Math.min(MAX_ITEMS, batchSize))) {
    let answer;
    try {
      answer = await send(base, token, batch.map((e) => e.item));
    } catch (error) {
      // Refused whole (403, 413, retries used up): its items are this run's failures, and the run stops here.
      // Without them the failures file was not written at all, and one from an earlier run stayed.
      refused = error;
      totals.failed += batch.length;
      for (const e of batch) failures.push({ source: e.source, status: error.status ?? null, type: error.problem?.type, detail: error.problem?.detail ?? error.message });
      done += batch.length;
      break;
    }
    answer.results.forEach((result, i) => {
      if (result.status === 201) totals.created++;
      else if (result.status === 200) totals.unchanged++;
      else {
        totals.failed++;
        failures.push({ source: batch[i].source, status: result.status, type: result.problem?.type, detail: result.problem?.detail });
      }
    });
    done += batch.length;
    progress(done, entries.length, started, done === entries.length);
  }
  const seconds = (performance.now() - started) / 1000;
  // Written only when something failed; a failures file left by an earlier run no longer describes this one,
  // but whatever else the path names is not ours to remove.
  if (failures.length > 0) writeFileSync(failuresFile, failures.map((f) => JSON.stringify(f)).join('\n') + '\n');
  else if (isFailuresFile(failuresFile)) rmSync(failuresFile);
  log(`${entries.length} items: ${totals.created} created, ${totals.unchanged} unchanged (already there), ${totals.failed} failed, in ${seconds.toFixed(1)} s (${(sendable.length / Math.max(seconds, 0.001)).toFixed(1)} articles/s).`);
  log(totals.failed > 0 ? `Failures: ${failuresFile}` : 'No failures.');
  if (refused) throw new Error(`${refused.message}${done < entries.length ? `; ${entries.length - done} items after it were not sent` : ''}`, { cause: refused });
  return { ...totals, failures };
}

async function main() {
  const args = process.argv.slice(2);
  const usage = (problem) => {
    if (problem) console.error(`ingest: ${problem}`);
    console.error('usage: FACTDESK_URL=http://localhost:3000 FACTDESK_TOKEN=fd_… npm run ingest -- <file.jsonl | folder | urls.txt> [--batch 200] [--failures ingest-failures.jsonl]');
    process.exit(2);
  };
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i === -1) return fallback;
    const [value] = args.splice(i, 2).slice(1);
    // Missing, the default took its place unnoticed (or later code got undefined): say so before anything is sent.
    if (value === undefined || value.startsWith('--')) usage(`${name} needs a value`);
    return value;
  };
  // npm runs scripts from the package root and passes the caller's directory as INIT_CWD: paths are the caller's.
  // Only when npm started it there: from a script that changed directory first (cd data && node …), its own directory.
  const { INIT_CWD, npm_package_json } = process.env;
  const here = INIT_CWD && npm_package_json && dirname(npm_package_json) === process.cwd() ? INIT_CWD : process.cwd();
  const batchSize = Number(option('--batch', '200'));
  const failuresFile = resolve(here, option('--failures', 'ingest-failures.jsonl'));
  const path = args[0] === undefined ? undefined : resolve(here, args[0]);
  const token = process.env.FACTDESK_TOKEN;
  if (!path || !token || !(batchSize >= 1)) usage();
  const base = (process.env.FACTDESK_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const result = await ingest({ path, base, token, batchSize, failuresFile });
  process.exitCode = result.failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`ingest: ${error.message}`);
    process.exit(1);
  });
}
