import type { Line } from './lines.js';
import type { SegmentKind, TextSegment } from './types.js';

// Function words and newsroom filler: sharing them says nothing about sharing a topic.
const STOPWORDS = new Set(
  `a about above after again against all also although am among an and any are as at be because been before being
  below between both but by can could did do does doing down during each either even ever every few for from further
  had has have having he her here hers herself him himself his how however i if in into is it its itself just least
  less like made make many may me might more most much must my myself near nearly neither no nor not now of off often
  on once one only or other others our ours out over own per perhaps quite rather really same says said say see she
  should since so some still such than that the their theirs them themselves then there these they this those though
  through to too under until up upon us very was we were what when where whether which while who whom whose why will
  with within without would yet you your yours yourself told according week weeks day days year years time times
  today yesterday tomorrow mr mrs ms new get got go going went`.split(/\s+/),
);

const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** A block is judged only when it has this many distinct content words; short blocks carry too little evidence. */
const OFF_TOPIC_MIN_WORDS = 8;
/** Off-topic when at most this share of a block's content words occurs anywhere else in the article… */
const OFF_TOPIC_MAX_SHARED = 0.2;
/** …and it names at least this many people, places or organisations… */
const OFF_TOPIC_MIN_NAMES = 3;
/** …of which at most this share appear elsewhere. Names are the strongest topic signal in news copy. */
const OFF_TOPIC_MAX_SHARED_NAMES = 0.2;

interface BlockTerms {
  words: Set<string>;
  names: Set<string>;
}

/** Crude stem: plural and possessive stripped, long words cut to a 6-letter prefix ("broadcasts" ~ "broadcast"). */
function stem(word: string): string {
  // As word.replace(/['’]s$/, '') and then bare.replace(/(?<=...)s$/, ''), without the regexes (every word of an article passes here).
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  if (bare.length > 6) return bare.slice(0, 6);
  return bare.length >= 4 && bare.endsWith('s') ? bare.slice(0, -1) : bare;
}

function blockTerms(text: string): BlockTerms {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || CALENDAR.has(lower)) continue;
    const term = stem(lower);
    words.add(term);
    if (/^\p{Lu}/u.test(raw)) names.add(term);
  }
  return { words, names };
}

interface Block {
  start: number;
  end: number;
  terms: BlockTerms;
}

/**
 * Groups body lines into blocks: a paragraph, or within a paragraph, one line per block when lines
 * end in sentence punctuation (some sources break every paragraph with a single newline). A line
 * without closing punctuation stays with the line after it, like a kicker over its story.
 */
function bodyBlocks(text: string, lines: readonly Line[], kinds: ReadonlyMap<number, SegmentKind>): Block[] {
  const blocks: Block[] = [];
  let open: { start: number; end: number } | undefined;
  const close = () => {
    if (open) blocks.push({ ...open, terms: blockTerms(text.slice(open.start, open.end)) });
    open = undefined;
  };
  for (const line of lines) {
    if (line.trimmed === '' || kinds.has(line.index)) {
      close();
      continue;
    }
    open = open ? { start: open.start, end: line.end } : { start: line.start, end: line.end };
    if (/[.!?…]["”’')\]]*$/.test(line.trimmed)) close();
  }
  close();
  return blocks;
}

/**
 * Flags blocks that share almost no vocabulary and no names with the rest of the article: a story
 * from another page spliced in by the scraper (seed 001 carries a tennis item inside a Europol story).
 */
export function offTopicBlocks(text: string, lines: readonly Line[], kinds: ReadonlyMap<number, SegmentKind>): TextSegment[] {
  const blocks = bodyBlocks(text, lines, kinds);
  if (blocks.length < 3) return [];
  const framing = lines.filter((l) => kinds.get(l.index) === 'headline' || kinds.get(l.index) === 'caption');
  const framingTerms = blockTerms(framing.map((l) => l.trimmed).join('\n'));

  // How many blocks use each term, so "elsewhere" is a count check rather than a rebuild per block.
  const wordBlocks = new Map<string, number>();
  const nameBlocks = new Map<string, number>();
  for (const block of blocks) {
    block.terms.words.forEach((w) => wordBlocks.set(w, (wordBlocks.get(w) ?? 0) + 1));
    block.terms.names.forEach((n) => nameBlocks.set(n, (nameBlocks.get(n) ?? 0) + 1));
  }
  const sharedWord = (w: string) => framingTerms.words.has(w) || (wordBlocks.get(w) ?? 0) > 1;
  const sharedName = (n: string) => framingTerms.names.has(n) || (nameBlocks.get(n) ?? 0) > 1;

  return blocks.flatMap((block) => {
    const { words, names } = block.terms;
    if (words.size < OFF_TOPIC_MIN_WORDS || names.size < OFF_TOPIC_MIN_NAMES) return [];
    const shared = [...words].filter(sharedWord).length / words.size;
    const sharedNames = [...names].filter(sharedName).length / names.size;
    const offTopic = shared <= OFF_TOPIC_MAX_SHARED && sharedNames <= OFF_TOPIC_MAX_SHARED_NAMES;
    return offTopic ? [{ start: block.start, end: block.end, kind: 'off-topic' as const }] : [];
  });
}
