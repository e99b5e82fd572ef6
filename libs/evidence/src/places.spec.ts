import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('lexicon/places.json', () => {
  it('is what scripts/places-from-wordnet.mjs writes from the installed WordNet', () => {
    const script = resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'places-from-wordnet.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 30_000);
});
