import { describe, expect, it } from 'vitest';
import { tagParts } from './pos.js';

describe(tagParts.name, () => {
  it('tags each word with its part of speech', () => {
    expect(tagParts('online service providers')).toEqual([
      { word: 'online', pos: 'ADJ' },
      { word: 'service', pos: 'NOUN' },
      { word: 'providers', pos: 'NOUN' },
    ]);
  });
});
