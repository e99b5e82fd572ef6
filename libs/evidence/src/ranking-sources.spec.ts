import { describe, expect, it } from 'vitest';
import { rankEvidence, suggestVerdict } from './ranking.js';

const candidates = [
  { id: 'p1', articleId: 'a1', source: 'FRANCE 24', text: 'The operation was led by Belgian prosecutors and also involved authorities in the US.', published: '2018-04-27' },
  { id: 'p2', articleId: 'a2', text: 'Police seized servers in the Netherlands.', published: '2018-04-27' },
  { id: 'p3', articleId: 'own', text: 'The operation was led by French prosecutors.', published: '2018-04-27' },
];

describe(`${rankEvidence.name} (own article, ordering)`, () => {
  it('never uses the claim’s own article as evidence', () => {
    const ranked = rankEvidence({ text: 'The operation was led by French prosecutors.', articleId: 'own', published: '2018-04-27' }, candidates);
    expect(ranked.map((e) => e.articleId)).not.toContain('own');
  });

  it('puts a contradicting passage before neutral ones', () => {
    const ranked = rankEvidence({ text: 'The operation was led by French prosecutors.', published: '2018-04-27' }, candidates.slice(0, 2));
    expect(ranked[0].id).toBe('p1');
    expect(ranked[0].stance).toBe('contradicts');
  });
});

describe(`${suggestVerdict.name} (source names)`, () => {
  it('names the source by its title or outlet in the rationale, not by its id', () => {
    const ranked = rankEvidence({ text: 'The operation was led by French prosecutors.', published: '2018-04-27' }, candidates.slice(0, 2));
    const suggestion = suggestVerdict(ranked);
    expect(suggestion.verdict).toBe('disputed');
    expect(suggestion.rationale.join(' ')).toContain('FRANCE 24');
    expect(suggestion.rationale.join(' ')).not.toContain('a1');
  });

  it('says unsupported when nothing decides the claim', () => {
    const ranked = rankEvidence({ text: 'Amaq publishes in 12 languages.', published: '2018-04-27' }, candidates.slice(0, 2));
    expect(suggestVerdict(ranked).verdict).toBe('unsupported');
  });
});
