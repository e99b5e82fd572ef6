/**
 * Pure layout of an article's cleaned text: where claims, marked segments, a cited passage and
 * (optionally) removed page furniture fall. Offsets are UTF-16 code units, end exclusive, as the API's.
 */

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  status: string;
  /** Among the article's most check-worthy claims: drawn strongly, the rest quietly. */
  strong?: boolean;
}

export interface RemovedText {
  at: number;
  removed: string;
  reason: string;
}

export type Piece =
  | {
      kind: 'text';
      start: number;
      end: number;
      /** Claims covering this piece, the narrowest first (it gets the colour and the click). */
      claims: string[];
      segment: string | null;
      passage: boolean;
    }
  | { kind: 'removed'; at: number; removed: string; reason: string; key: string }
  | { kind: 'badge'; claimId: string; at: number };

export interface LayoutInput {
  text: string;
  claims: ClaimSpan[];
  segments?: Array<{ start: number; end: number; kind: string }>;
  removed?: RemovedText[];
  passage?: { start: number; end: number } | null;
}

export function layoutText({ text, claims, segments = [], removed = [], passage = null }: LayoutInput): Piece[] {
  const valid = claims.filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
  const cuts = new Set<number>([0, text.length]);
  for (const c of valid) cuts.add(c.start).add(c.end);
  for (const s of segments) cuts.add(clamp(s.start, text.length)).add(clamp(s.end, text.length));
  for (const r of removed) cuts.add(clamp(r.at, text.length));
  if (passage) cuts.add(clamp(passage.start, text.length)).add(clamp(passage.end, text.length));
  const points = [...cuts].sort((a, b) => a - b);

  const removedAt = new Map<number, RemovedText[]>();
  for (const r of removed) {
    const at = clamp(r.at, text.length);
    removedAt.set(at, [...(removedAt.get(at) ?? []), r]);
  }
  const endsAt = new Map<number, ClaimSpan[]>();
  for (const c of valid) endsAt.set(c.end, [...(endsAt.get(c.end) ?? []), c]);

  const pieces: Piece[] = [];
  const pushRemoved = (at: number) =>
    (removedAt.get(at) ?? []).forEach((r, i) => pieces.push({ kind: 'removed', at, removed: r.removed, reason: r.reason, key: `${at}:${i}` }));
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    pushRemoved(start);
    const covering = valid.filter((c) => c.start <= start && c.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const segment = segments.find((s) => s.start <= start && s.end >= end)?.kind ?? null;
    pieces.push({ kind: 'text', start, end, claims: covering.map((c) => c.id), segment, passage: !!passage && passage.start <= start && passage.end >= end });
    // Badges after the claim's last character, longest claim last so an inner claim's badge comes first.
    for (const c of (endsAt.get(end) ?? []).sort((a, b) => b.start - a.start)) pieces.push({ kind: 'badge', claimId: c.id, at: end });
  }
  pushRemoved(text.length);
  return pieces;
}

/** Removed text worth showing a reader: skips pure white-space changes and sentence splits. */
export function visibleRemovals(edits: Array<{ at: number; removed: string; reason: string }>): RemovedText[] {
  return edits.filter((e) => e.removed.trim() !== '' && e.reason !== 'whitespace').map(({ at, removed, reason }) => ({ at, removed, reason }));
}

/** Narrows a span so it starts and ends on non-blank text; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Every place `exact` occurs in `text`, tolerating different white space (copied text joins lines with spaces). */
export function findQuote(text: string, exact: string): Array<{ start: number; end: number }> {
  const words = exact.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));
