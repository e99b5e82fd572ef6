import { cpus } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
const HEADER = `# Benchmarks

Figures measured by \`npm run bench\` (bench/*.bench.ts, run one after another by bench/vitest.config.ts).
Each bench rewrites only its own section below, between its \`bench:<name>\` markers, so adding a bench
means adding a file. They report; they do not fail the build.
`;

/** The machine a figure was measured on, for the reader to weigh it. */
export function machine(extra: string[] = []): string {
  const cpu = cpus();
  return [`${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`, `Node ${process.version}`, ...extra].join(', ');
}

/** Replaces (or appends) the section between `<!-- bench:name -->` and `<!-- /bench:name -->`. */
export function writeSection(name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next = start !== -1 && end > start ? current.slice(0, start) + block + current.slice(end + close.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
