import type { TermToken as Token } from '#text';
import type { Unit } from './lexicon.js';
import { QUALIFIER_WORDS } from './quantity-numbers.js';

// What a figure is about: the content terms around it, the years of its clause, whether its clause names an operation.

/** Content terms around a figure: `before` units before it and `after` units after it (what is counted, what is said of it). */
function termsAround(units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[], before: number, after: number): string[] {
  const idx = units.findIndex((u) => u.to > tokenFrom);
  const at = idx < 0 ? units.length : idx;
  const out = new Set<string>();
  for (let k = Math.max(0, at - before); k < Math.min(units.length, at + after); k++) {
    const u = units[k];
    if (u.stop || u.kind === 'punct' || u.kind === 'number' || QUALIFIER_WORDS.has(u.surface.toLowerCase())) continue;
    if (u.from >= tokenFrom && u.to <= tokenTo) continue;
    if (exclude.includes(u.term)) continue;
    out.add(u.term);
  }
  return [...out];
}

export const contextTerms = (units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[]) => termsAround(units, tokenFrom, tokenTo, exclude, 8, 9);

/** Content terms within four words of a figure: "emissions from power generation" rather than the whole sentence. */
export function nearTerms(units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[] = []): string[] {
  const first = units.findIndex((u) => u.to > tokenFrom);
  const last = units.findIndex((u) => u.from >= tokenTo);
  const width = (last < 0 ? units.length : last) - (first < 0 ? units.length : first);
  return termsAround(units, tokenFrom, tokenTo, exclude, 4, width + 4);
}

/** Years in the clause around token i (up to the nearest ., ;, : or parenthesis). */
export function clauseYears(tokens: Token[], i: number): number[] {
  const isEnd = (t: Token | undefined) => !t || /^[.;:!?()]$/.test(t.raw);
  let from = i;
  while (from > 0 && !isEnd(tokens[from - 1])) from--;
  let to = i;
  while (to < tokens.length && !isEnd(tokens[to])) to++;
  const years = new Set<number>();
  for (let k = from; k < to; k++) {
    const raw = tokens[k].raw;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1000 && Number(raw) < 2200) years.add(Number(raw));
    else if (/^\d{4}s$/.test(raw)) years.add(Number(raw.slice(0, 4)));
  }
  return [...years];
}

export function clauseHasOperation(units: Unit[], tokenIndex: number): boolean {
  const at = units.findIndex((u) => u.to > tokenIndex);
  for (let k = at - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'punct' && /[.;:!?]/.test(u.surface)) break;
    if (u.term === 'operation') return true;
  }
  for (let k = at + 1; k < units.length && k < at + 6; k++) {
    const u = units[k];
    if (u.kind === 'punct' && /[.;:!?,]/.test(u.surface)) break;
    if (u.term === 'operation') return true;
  }
  return false;
}
