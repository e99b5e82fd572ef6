import { isPlaceKind } from '#text';
import { describeDate, type DateMention } from './dates.js';
import { gap, SAME_EVENT_DAYS, span } from './stance-events.js';
import { shared, type Finding } from './stance-finding.js';
import { groupsByKey, placesCompatible } from './variants.js';

interface DateSpan {
  span: [number, number];
  mention: DateMention;
}

/** Days named together ("Wednesday (April 25) and Thursday (April 26)") are one window, not rival dates. */
function dateSpans(dates: DateMention[]): DateSpan[] {
  const placed = dates.filter((d) => d.from && d.to).map((d) => ({ span: span(d), mention: d }));
  placed.sort((a, b) => a.span[0] - b.span[0]);
  const out: DateSpan[] = [];
  for (const d of placed) {
    const last = out.at(-1);
    if (last && d.mention.granularity === 'day' && last.mention.granularity === 'day' && d.span[0] - last.span[1] <= 3) {
      last.span = [last.span[0], Math.max(last.span[1], d.span[1])];
    } else out.push({ span: [...d.span], mention: d.mention });
  }
  return out;
}

const placesOf = (terms: string[]) => terms.filter((t) => isPlaceKind(groupsByKey.get(t)?.kind));

/** Date contexts align when they share words and do not name incompatible places (a 2016 attack in Florida is not the Paris attacks). */
function datesAligned(a: DateMention, b: DateMention, minShared: number): boolean {
  const pa = placesOf(a.context);
  const pb = placesOf(b.context);
  if (pa.length && pb.length && !pa.some((x) => pb.some((y) => placesCompatible(x, y)))) return false;
  return shared(a.context, b.context).length >= minShared;
}

/** Days a "today" or "yesterday" may be off from the day it was written about. */
const ROUGH_DAY_SLACK = 2;

export function compareDates(claim: DateMention[], passage: DateMention[], coverage: number): Finding[] {
  const out: Finding[] = [];
  const placed = dateSpans(passage);
  const single = passage.filter((d) => d.from && d.to).map((d) => ({ span: span(d), mention: d }));
  for (const c of dateSpans(claim)) {
    const overlapping = placed.filter((p) => gap(c.span, p.span) === 0);
    if (overlapping.length) {
      const inside = single.find((p) => p.span[0] >= c.span[0] && p.span[1] <= c.span[1] && datesAligned(c.mention, p.mention, 1));
      // A shared year is a shared decade's news: many things happen in 2003. Only a month or a day confirms.
      if (inside && c.mention.granularity !== 'year') {
        out.push({ kind: 'confirm', fact: 'date', weight: 0.6, reason: `Passage dates it ${describeDate(inside.mention)}, matching the claim's ${c.mention.text}.` });
      } else if (!single.some((p) => p.span[0] >= c.span[0] && p.span[1] <= c.span[1])) {
        out.push({ kind: 'compatible', fact: 'date', weight: 0.4, reason: `Passage gives ${describeDate(overlapping[0].mention)}, less precise than the claim's ${c.mention.text}.` });
      }
      continue;
    }
    // Years are too coarse to call a misdating: "the 2016 attack" and "the 2015 attacks" are usually two events.
    if (c.mention.granularity === 'year') continue;
    // "Today" in a report published the morning after, or in a statement it repeats: a date a day or two off matches it.
    if (placed.some((p) => (c.mention.roughDay || p.mention.roughDay) && gap(c.span, p.span) <= ROUGH_DAY_SLACK)) continue;
    const near = placed
      .filter((p) => p.mention.granularity !== 'year' && gap(c.span, p.span) <= SAME_EVENT_DAYS)
      .filter((p) => datesAligned(c.mention, p.mention, coverage >= 0.7 ? 0 : 2))
      .sort((a, b) => gap(c.span, a.span) - gap(c.span, b.span))[0];
    if (near) {
      out.push({ kind: 'conflict', fact: 'date', weight: 0.8, reason: `Passage dates it ${describeDate(near.mention)} ("${near.mention.text}"); the claim says ${describeDate(c.mention)}.` });
    }
  }
  return out;
}
