import { describe, expect, it } from 'vitest';
import { summarise } from './passage-summary.js';

describe(summarise.name, () => {
  it('counts the passages by stance in words an editor reads', () => {
    const stances = ['supports', 'neutral', 'contradicts', 'supports', 'neutral'] as const;
    expect(summarise(stances.map((stance) => ({ stance })))).toBe('5 passages, most relevant first: 2 support, 1 contradicts, 2 say neither.');
    expect(summarise([{ stance: 'neutral' }])).toBe('1 passage, most relevant first: 0 support, 0 contradict, 1 says neither.');
  });
});
