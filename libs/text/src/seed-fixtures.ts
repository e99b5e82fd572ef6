import { existsSync, readdirSync, readFileSync } from 'node:fs';

// Test-only helper: the product's seed corpus at the repository root.
const SEEDS = new URL('../../../seeds/', import.meta.url);

export interface Seed {
  file: string;
  text: string;
  /** Title from seeds/manifest.json when the text states one. */
  title: string | null;
}

export function loadSeeds(): Seed[] {
  const manifestUrl = new URL('manifest.json', SEEDS);
  const manifest = existsSync(manifestUrl)
    ? (JSON.parse(readFileSync(manifestUrl, 'utf8')) as { articles: Array<{ file: string; title: string | null }> })
    : { articles: [] };
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(new URL(file, SEEDS), 'utf8'),
      title: manifest.articles.find((a) => a.file === file)?.title ?? null,
    }));
}

export function seed(prefix: string): Seed {
  const found = loadSeeds().find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
}

/** Strings no cleaned seed may contain. */
export const FURNITURE_STRINGS = [
  'Advertisement',
  'Sponsored content',
  'AdChoices',
  'Skip to main content',
  'Click to play video',
  'READ MORE',
  'WATCH:',
  'Page not found',
  '____',
];
