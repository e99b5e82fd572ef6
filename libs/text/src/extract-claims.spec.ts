import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from './clean-article.js';
import { CLAIM_KIND_PRIORITY, CLAIM_MIN_WORDS, CLAIM_SCORE_THRESHOLD, describeClaim, extractClaims } from './extract-claims.js';
import { FURNITURE_STRINGS, loadSeeds, seed } from './seed-fixtures.js';
import type { CleanResult, ExtractedClaim } from './types.js';

const claimsOf = (prefix: string) => extractClaims(cleanArticle(seed(prefix).text));
const containing = (claims: ExtractedClaim[], fragment: string) => {
  const claim = claims.find((c) => c.text.includes(fragment));
  if (!claim) throw new Error(`no claim contains "${fragment}"`);
  return claim;
};

describe(extractClaims.name, () => {
  beforeAll(() => {
    extractClaims(cleanArticle('Warm-up: Europol said 26,000 items were removed on Nov. 21.')); // loads the NLP models once
  });

  it('finds the two-day operation in 000 as a quantity and date claim', () => {
    const claim = containing(claimsOf('000'), 'two-day operation on Wednesday (April 25)');
    expect(claim.kinds).toEqual(expect.arrayContaining(['quantity', 'date']));
    expect(claim.signals).toEqual(expect.arrayContaining(['number: two', 'date: April 25', 'date: 2015']));
  });

  it('finds "at least nine languages" in 004 as a quantity claim', () => {
    const claim = containing(claimsOf('004'), 'at least nine languages');
    expect(claim.kind).toBe('quantity');
    expect(claim.signals).toContain('number: at least nine');
  });

  it('finds "more than 26,000 items" in 003 as a quantity claim', () => {
    const claim = containing(claimsOf('003'), 'more than 26,000 items');
    expect(claim.kind).toBe('quantity');
    expect(claim.signals).toEqual(expect.arrayContaining(['number: more than 26,000', 'number: nine', 'organisation: Europol']));
  });

  it('finds the Van Der Sypt quote in 003 with its speaker', () => {
    const claim = containing(claimsOf('003'), 'it will take a huge effort');
    expect(claim.kind).toBe('quote');
    expect(claim.kinds).toEqual(expect.arrayContaining(['quote', 'attribution']));
    expect(claim.signals).toEqual(expect.arrayContaining(['attributed to: Eric Van Der Sypt', 'person: Eric Van Der Sypt']));
  });

  it('attributes quotes to the speaker after an inverted verb, past an appositive, or named before the verb', () => {
    expect(containing(claimsOf('000'), 'we have punched a big hole').signals).toContain('attributed to: Rob Wainwright');
    expect(containing(claimsOf('001'), 'The head of Europol, Rob Wainwright, said').signals).toContain('attributed to: Rob Wainwright');
    expect(containing(claimsOf('004'), 'Less than two hours').signals).toEqual(expect.arrayContaining(['attributed to: Wassim Nasr', 'person: Wassim Nasr']));
    expect(containing(claimsOf('003'), 'JihadScope, which monitors').signals).toContain('attributed to: JihadScope');
  });

  it('keeps a multi-sentence quote together with its speaker', () => {
    const claim = containing(claimsOf('002'), 'Commissioner Dimitris Avramopoulos said');
    expect(claim.text.endsWith('entirely eradicated from the Internet.”')).toBe(true);
    expect(claim.signals).toContain('attributed to: Dimitris Avramopoulos');
  });

  it('skips sentences without a check-worthy signal and hedged ones', () => {
    const texts = claimsOf('003').map((c) => c.text).concat(claimsOf('000').map((c) => c.text));
    expect(texts).not.toContain('“We will see how they recuperate.”');
    expect(texts).not.toContain('IS jihadists may now be identified.');
    expect(texts).not.toContain('IS broadcasts in several languages.');
  });

  it('never takes claims from headlines, captions, bylines or off-topic blocks', () => {
    for (const { text: source } of loadSeeds()) {
      const clean = cleanArticle(source);
      for (const claim of extractClaims(clean)) {
        expect(clean.segments.some((s) => s.start < claim.end && claim.start < s.end)).toBe(false);
      }
    }
    const all = loadSeeds().flatMap((s) => extractClaims(cleanArticle(s.text)).map((c) => c.text));
    expect(all.some((t) => /Djokovic|favourite|AP Photo|Lex Van Lieshout|Bassem Mroue|FRANCE 24 with AP/.test(t))).toBe(false);
  });

  it('skips questions and fragments', () => {
    const clean = cleanArticle('Did Europol remove 26,000 items on Nov. 21 in Spain?\n\nEuropol removed 26,000 items.\n\nOn Nov. 21.');
    expect(extractClaims(clean).map((c) => c.text)).toEqual(['Europol removed 26,000 items.']);
    expect(CLAIM_MIN_WORDS).toBe(5);
  });

  it.each(loadSeeds().map((s) => [s.file, s.text]))('returns valid, sorted, furniture-free claims for %s', (_file, source) => {
    const clean = cleanArticle(source);
    const claims = extractClaims(clean);
    expect(claims.length).toBeGreaterThan(3);
    let previous = -1;
    for (const claim of claims) {
      expect(clean.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.start).toBeGreaterThan(previous);
      previous = claim.start;
      expect(claim.kind).toBe(claim.kinds[0]);
      expect([...claim.kinds].sort((a, b) => CLAIM_KIND_PRIORITY.indexOf(a) - CLAIM_KIND_PRIORITY.indexOf(b))).toEqual(claim.kinds);
      expect(claim.score).toBeGreaterThanOrEqual(CLAIM_SCORE_THRESHOLD);
      expect(claim.score).toBeLessThanOrEqual(1);
      expect(Math.round(claim.score * 1000) / 1000).toBe(claim.score);
      expect(claim.signals.length).toBeGreaterThan(0);
      for (const furniture of FURNITURE_STRINGS) expect(claim.text).not.toContain(furniture);
    }
  });

  it('is deterministic', () => {
    const clean = cleanArticle(seed('004').text);
    expect(extractClaims(clean)).toEqual(extractClaims(structuredClone(clean)));
  });

  it('scores more signals higher', () => {
    const claims = claimsOf('003');
    const dateOnly = containing(claims, 'The action that began Nov. 21');
    const rich = containing(claims, 'more than 26,000 items');
    expect(dateOnly.kinds).toEqual(['date']);
    expect(rich.score).toBeGreaterThan(dateOnly.score);
  });

  it('ranks a figure on the record above a bare name, and an opinion or a promise below the threshold', () => {
    const text = [
      'The city council voted in 2019 to cut the police budget by 12 percent.',
      'Mayor Alvarez spoke to the crowd outside the town hall for a while.',
      'I think this town is going to have a wonderful future together.',
      'We will make this the greatest harbour anyone has ever seen.',
    ].join('\n\n');
    const claims = extractClaims(cleanArticle(text));
    // The named mayor next to a figure is a claim by context; the opinion and the promise never are.
    expect(claims.map((c) => c.text)).toEqual(['The city council voted in 2019 to cut the police budget by 12 percent.', 'Mayor Alvarez spoke to the crowd outside the town hall for a while.']);
    expect(claims[0].score).toBeGreaterThan(claims[1].score);
    expect(claims[0].signals).toEqual(expect.arrayContaining(['number: 12 percent', 'record: voted', 'measure: budget']));
    expect(describeClaim(text.split('\n\n')[1]).score).toBeLessThan(CLAIM_SCORE_THRESHOLD);
    expect(describeClaim(text.split('\n\n')[2]).score).toBeLessThan(describeClaim(text.split('\n\n')[1]).score);
  });

  it('keeps a dated sentence about named groups and places in 001 as a claim', () => {
    expect(containing(claimsOf('001'), 'supermarket siege in Trebes').signals).toContain('date: March');
  });

  it('ranks a charge about what someone did above a moderator addressing a speaker', () => {
    const charge = describeClaim('You voted against the minimum wage increase in the Senate.');
    const address = describeClaim('Senator Jones, the minimum wage increase was voted on in the Senate.');
    expect(charge.score).toBeGreaterThan(address.score);
  });

  it('keeps a sentence that only records what someone did as a statement claim', () => {
    const [claim] = extractClaims(cleanArticle('The governor signed the bill and vetoed the tax increase last spring.'));
    expect(claim).toMatchObject({ kind: 'statement', kinds: [] });
    expect(claim.signals).toEqual(expect.arrayContaining(['record: signed', 'measure: tax']));
  });

  it('scores a sentence higher amid figures than amid small talk', () => {
    const sentence = 'Officials in Ostend said the harbour had reopened after the storm.';
    const figures = ['Exports rose 14 percent in 2022.', 'Imports fell by $3 billion in 2023.', 'The port handled 9 million tonnes in 2021.'];
    const talk = ['Good evening and welcome.', 'Thank you all for coming tonight.', 'It is lovely to see you here.'];
    const score = (around: string[]) => extractClaims(cleanArticle([...around, sentence, ...around].join('\n\n'))).find((c) => c.text === sentence)?.score ?? 0;
    expect(score(figures)).toBeGreaterThan(score(talk));
    expect(score(figures)).toBeGreaterThanOrEqual(CLAIM_SCORE_THRESHOLD);
  });

  it('returns nothing for empty text', () => {
    const empty: CleanResult = { format: 'text', sourceText: '', text: '', edits: [], segments: [] };
    expect(extractClaims(empty)).toEqual([]);
  });
});

describe(describeClaim.name, () => {
  it('describes an editor-chosen span without a threshold', () => {
    expect(describeClaim('Experts at Europol identified more than 26,000 items.')).toMatchObject({ kind: 'quantity', kinds: ['quantity', 'entity'] });
  });

  it("calls a span with no signal a 'statement' with score 0", () => {
    expect(describeClaim('We will see how they recuperate.')).toEqual({ kind: 'statement', kinds: [], score: 0, signals: [] });
  });
});
