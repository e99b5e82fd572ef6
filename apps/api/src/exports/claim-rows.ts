/** Pure formatting of exported claim rows: CSV (RFC 4180) and JSON Lines. */

export interface ExportRow {
  id: string;
  articleId: string | null;
  revisionId: string | null;
  start: number | null;
  end: number | null;
  text: string;
  kind: string;
  score: number;
  origin: string;
  status: string;
  verdict: string | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  publishedAt: string | null;
  citations: Array<{ articleId: string; revisionId: string; start: number; end: number; stance: string; quote: string }>;
  historySize: number;
  createdAt: string;
}

const CSV_COLUMNS: Array<keyof ExportRow> = [
  'id', 'articleId', 'revisionId', 'start', 'end', 'text', 'kind', 'score', 'origin', 'status', 'verdict', 'note', 'decidedBy', 'decidedAt', 'publishedAt', 'citations', 'historySize', 'createdAt',
];

export const csvHeader = () => `${CSV_COLUMNS.join(',')}\r\n`;

export function csvLine(row: ExportRow): string {
  return `${CSV_COLUMNS.map((c) => csvField(c === 'citations' ? JSON.stringify(row.citations) : row[c])).join(',')}\r\n`;
}

export const jsonLine = (row: ExportRow) => `${JSON.stringify(row)}\n`;

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}
