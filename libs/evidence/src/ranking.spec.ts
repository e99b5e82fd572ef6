import { describe, expect, it } from 'vitest';
import { ADDRESSES_CLAIM, CALIBRATION, rankEvidence, suggestVerdict, type Evidence, type EvidenceCandidate } from './ranking.js';

const april = (id: string, articleId: string, text: string): EvidenceCandidate => ({ id, articleId, text, published: '2018-04-27' });

const candidates: EvidenceCandidate[] = [
  april('a1', 'a', 'The two-day operation against Amaq and al-Bayan radio was the culmination of efforts started in late 2015.'),
  april('a2', 'a', 'Police notably targeted the IS-branded Amaq news agency, as well as al-Bayan radio.'),
  april('b1', 'b', 'Europol co-ordinated this week\'s two-day "simultaneous multinational takedown" of IS media outlets.'),
  april('c1', 'c', 'Authorities targeted Amaq and al-Bayan radio in a two-day takedown operation.'),
  { id: 'd1', articleId: 'd', text: 'A four-day operation took down thousands of items linked to Amaq, the officials said.', published: '2019-11-25' },
  april('e1', 'e', 'The takedown of IS media outlets was coordinated by Europol and Eurojust with teams from many countries.'),
];

const evidence = (articleId: string, stance: Evidence['stance'], score: number, reason = 'Because.'): Evidence => ({
  id: `${articleId}#0`,
  articleId,
  text: `Passage from ${articleId}.`,
  stance,
  score,
  reasons: [reason],
});

describe(rankEvidence.name, () => {
  it('puts supporting and contradicting passages before neutral ones', () => {
    const sut = rankEvidence({ text: 'The takedown of IS media lasted five days.' }, candidates);
    const firstNeutral = sut.findIndex((e) => e.stance === 'neutral');
    expect(firstNeutral).toBeGreaterThan(0);
    expect(sut.slice(firstNeutral).every((e) => e.stance === 'neutral')).toBe(true);
    expect(sut[0].stance).toBe('contradicts');
  });

  it('orders decisive passages by score', () => {
    const decisive = rankEvidence({ text: 'The takedown of IS media lasted two days.', published: '2018-04-27' }, candidates).filter((e) => e.stance !== 'neutral');
    expect(decisive.map((e) => e.score)).toEqual([...decisive.map((e) => e.score)].sort((x, y) => y - x));
  });

  it('keeps the most relevant passages in the top five, decisive ones leading, and pulls a lower-ranked contradiction in', () => {
    const ranked = candidates.map((c, k) => ({ ...c, retrieval: 10 - k }));
    const sut = rankEvidence({ text: 'The takedown of IS media lasted five days.' }, ranked);
    expect(sut.slice(0, 5).map((e) => e.id)).toContain('a1');
    const decisive = sut.slice(0, 5).map((e) => (e.stance === 'neutral' ? 0 : 1));
    expect(decisive).toEqual([...decisive].sort((x, y) => y - x));
    const contradiction = sut.findIndex((e) => e.stance === 'contradicts');
    expect(contradiction).toBeGreaterThanOrEqual(0);
    expect(contradiction).toBeLessThan(5);
    const neutralHead = sut.slice(0, 5).filter((e) => e.stance === 'neutral').map((e) => e.retrieval!);
    expect(neutralHead).toEqual([...neutralHead].sort((x, y) => y - x));
  });

  it('never cites the claim\'s own article', () => {
    const sut = rankEvidence({ text: 'The two-day operation targeted Amaq.', articleId: 'a' }, candidates);
    expect(sut.some((e) => e.articleId === 'a')).toBe(false);
  });

  it('returns at most `limit` passages', () => {
    expect(rankEvidence({ text: 'The operation targeted Amaq.' }, candidates, 2)).toHaveLength(2);
  });

  it('reads an undated claim as being about the event most sources describe', () => {
    const sut = rankEvidence({ text: "Europol's takedown of Amaq and al-Bayan lasted two days." }, candidates);
    const november = sut.find((e) => e.articleId === 'd')!;
    expect(november.stance).toBe('neutral');
    expect(november.reasons.join(' ')).toMatch(/different event/);
    expect(sut.filter((e) => e.stance === 'supports').length).toBeGreaterThanOrEqual(2);
  });
});

describe(suggestVerdict.name, () => {
  it('verifies with independent support and names the sources', () => {
    const sut = suggestVerdict([evidence('a', 'supports', 0.7, 'Passage says the operation lasted two days, as the claim does.'), evidence('b', 'supports', 0.5), evidence('c', 'neutral', 0.2)]);
    expect(sut.verdict).toBe('verified');
    expect(sut.rationale[0]).toBe('2 sources support it, e.g. a ("Passage from a."): Passage says the operation lasted two days, as the claim does.');
    expect(sut.confidence).toBe(CALIBRATION['verified-facts']);
  });

  it('takes its confidence from the calibration of the kind of evidence it rests on', () => {
    expect(suggestVerdict([{ ...evidence('a', 'supports', 0.7), basis: 'lexical' }]).confidence).toBe(CALIBRATION['verified-lexical']);
    expect(suggestVerdict([{ ...evidence('a', 'contradicts', 0.7), basis: 'negation' }]).confidence).toBe(CALIBRATION['disputed-negation']);
  });

  it('counts several passages of one article as one source', () => {
    const sut = suggestVerdict([evidence('a', 'supports', 0.7), { ...evidence('a', 'supports', 0.6), id: 'a#1' }]);
    expect(sut.rationale[0]).toMatch(/^1 source supports it/);
  });

  it('disputes on a credible contradiction even with support, naming the contradicting source first', () => {
    const sut = suggestVerdict([evidence('a', 'supports', 0.7), evidence('b', 'contradicts', 0.6, 'Passage says the operation lasted two days; the claim says five days.')]);
    expect(sut.verdict).toBe('disputed');
    expect(sut.rationale[0]).toBe('1 source contradicts it: b ("Passage from b.").');
    expect(sut.rationale).toContain('b: Passage says the operation lasted two days; the claim says five days.');
    expect(sut.rationale.at(-1)).toMatch(/^1 source supports it/);
  });

  it('ignores a contradiction too weak to be credible', () => {
    expect(suggestVerdict([evidence('a', 'supports', 0.7), evidence('b', 'contradicts', 0.2)]).verdict).toBe('verified');
  });

  it('calls a claim that sources discuss unsupported because no source states this fact, and points to the closest passage', () => {
    const sut = suggestVerdict([evidence('a', 'neutral', 0.2, 'Passage is on a related subject.')]);
    expect(sut).toMatchObject({ verdict: 'unsupported', unsupportedReason: 'not-this-fact' });
    expect(sut.rationale[0]).toBe('Sources discuss this, but none states or contradicts this fact.');
    expect(sut.rationale[1]).toContain('a ("Passage from a.")');
  });

  it('says no source addresses a claim with no evidence or only passages that barely touch it', () => {
    expect(suggestVerdict([])).toMatchObject({ verdict: 'unsupported', unsupportedReason: 'no-source', rationale: ['No source addresses this.'] });
    const barely = suggestVerdict([evidence('a', 'neutral', ADDRESSES_CLAIM / 2, 'Passage is on the same subject.')]);
    expect(barely).toMatchObject({ unsupportedReason: 'no-source' });
    // The nearest passage is shown, but not in words that contradict "no source addresses this".
    expect(barely.rationale[1]).toMatch(/^Nearest passage, too loosely related to count as addressing it: /);
  });
});
