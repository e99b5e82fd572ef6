import { describe, expect, it } from 'vitest';
import { matchesVersion } from './etag.js';

describe(matchesVersion.name, () => {
  it('matches when If-Match is absent or *', () => {
    expect(matchesVersion(undefined, 3)).toBe(true);
    expect(matchesVersion('*', 3)).toBe(true);
  });

  it('matches the current version as a strong or weak tag, alone or in a list', () => {
    expect(matchesVersion('"3"', 3)).toBe(true);
    expect(matchesVersion('W/"3"', 3)).toBe(true);
    expect(matchesVersion('"1", "3"', 3)).toBe(true);
  });

  it('does not match a stale or unquoted version', () => {
    expect(matchesVersion('"2"', 3)).toBe(false);
    expect(matchesVersion('3', 3)).toBe(false);
  });
});
