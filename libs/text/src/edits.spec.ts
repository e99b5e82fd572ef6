import { describe, expect, it } from 'vitest';
import { applyEdits, mapToClean, mapToSource, withCleanOffsets } from './edits.js';
import type { TextEdit } from './types.js';

// "Hello, big world.Next" → "Hello, world. Next"
const source = 'Hello, big world.Next';
const edits: TextEdit[] = withCleanOffsets([
  { start: 7, end: 11, removed: 'big ', inserted: '', reason: 'advertisement' },
  { start: 17, end: 17, removed: '', inserted: ' ', reason: 'sentence-split' },
]);

describe(applyEdits.name, () => {
  it('replays source-ordered edits', () => {
    expect(applyEdits(source, edits)).toBe('Hello, world. Next');
  });

  it('rejects overlapping edits', () => {
    expect(() => applyEdits(source, [{ start: 2, end: 6, inserted: '' }, { start: 4, end: 8, inserted: '' }])).toThrow(RangeError);
  });
});

describe(withCleanOffsets.name, () => {
  it('records where each edit lands in the cleaned text', () => {
    expect(edits.map((e) => e.at)).toEqual([7, 13]);
  });
});

describe(mapToSource.name, () => {
  it('maps kept characters back to their source offsets', () => {
    const clean = applyEdits(source, edits);
    for (const [cleanOffset, char] of [...clean].entries()) {
      if (cleanOffset === 13) continue; // the inserted space
      expect(source[mapToSource(edits, cleanOffset)]).toBe(char);
    }
  });

  it('lands after a removal going forward and before it going backward', () => {
    expect(mapToSource(edits, 7)).toBe(11);
    expect(mapToSource(edits, 7, 'backward')).toBe(7);
  });

  it('maps offsets inside inserted text to the edit position', () => {
    expect(mapToSource(edits, 13)).toBe(17);
    expect(mapToSource(edits, 14)).toBe(17);
  });

  it('maps the end of the cleaned text to the end of the source', () => {
    expect(mapToSource(edits, 'Hello, world. Next'.length)).toBe(source.length);
  });
});

describe(mapToClean.name, () => {
  it('collapses offsets inside a removed range to its edges', () => {
    expect(mapToClean(edits, 9)).toBe(7);
    expect(mapToClean(edits, 9, 'backward')).toBe(7);
  });

  it('is the inverse of mapToSource for kept characters', () => {
    for (let offset = 0; offset < 18; offset++) {
      if (offset === 13) continue;
      expect(mapToClean(edits, mapToSource(edits, offset))).toBe(offset);
    }
  });
});
