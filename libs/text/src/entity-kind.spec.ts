import { describe, expect, it } from 'vitest';
import { isPlaceKind } from './entity-kind.js';

describe('isPlaceKind', () => {
  it('is true of countries, cities, regions and unspecified places only', () => {
    expect((['country', 'city', 'region', 'place'] as const).every(isPlaceKind)).toBe(true);
    expect((['group', 'organisation', 'outlet', 'person', 'name', undefined] as const).some(isPlaceKind)).toBe(false);
  });
});
