import { classifyName, CONNECTORS, isOrgWord, type NameRun, type NamingContext } from './name-kind.js';
import { analyse, type Analysis, type Token } from './nlp.js';
import { splitSentences } from './split-sentences.js';
import type { SentenceSpan } from './types.js';
import { getLexicon } from './word-knowledge.js';

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
/** Context that marks an otherwise unknown name as an organisation ("Europol headquarters", "head of Europol"). */
const ORG_CUES: readonly RegExp[] = [
  /\b(?:[Hh]ead(?:quarters)?|[Dd]irector|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Ee]xperts?|[Oo]fficials?|[Mm]embers?) (?:of|for|at) (?:the )?(\p{Lu}[\p{L}-]+)/gu,
  /\b(\p{Lu}[\p{L}-]+)(?:['’]s)? (?:headquarters|spokes(?:man|woman|person)|officials)\b/gu,
];

/** One text's wink analysis and what the article itself says about its words: the ground claims are described on. */
export class ClaimContext implements NamingContext {
  readonly analysis: Analysis;
  private readonly orgCues = new Set<string>();
  private readonly sentenceStarts = new Set<number>();
  private readonly inDate = new Set<number>();
  /** Words the article itself writes in lower case: "Internet" or "Authorities" are then not names. */
  private readonly commonWords = new Set<string>();

  constructor(
    readonly text: string,
    readonly sentences: SentenceSpan[] = splitSentences(text),
  ) {
    this.analysis = analyse(text);
    for (const cue of ORG_CUES) for (const match of text.matchAll(cue)) this.orgCues.add(match[1].toLowerCase());
    for (const span of sentences) this.sentenceStarts.add(span.start);
    for (const entity of this.analysis.entities) {
      if (entity.type === 'DATE' || entity.type === 'TIME') for (let i = entity.firstToken; i <= entity.lastToken; i++) this.inDate.add(i);
    }
    for (const token of this.analysis.tokens) if (/^\p{Ll}+$/u.test(token.value)) this.commonWords.add(token.value);
  }

  get tokens(): readonly Token[] {
    return this.analysis.tokens;
  }

  tokensIn(start: number, end: number): number[] {
    const tokens = this.analysis.tokens;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tokens[mid].start < start) low = mid + 1;
      else high = mid;
    }
    const indexes: number[] = [];
    for (let i = low; i < tokens.length && tokens[i].end <= end; i++) indexes.push(i);
    return indexes;
  }

  isDate(index: number): boolean {
    return this.inDate.has(index);
  }

  hasOrgCue(name: string): boolean {
    return this.orgCues.has(name.toLowerCase());
  }

  /** Adjacent tokens with nothing between them ("al", "-", "Qaida"). */
  private touching(a: number, b: number): boolean {
    const tokens = this.analysis.tokens;
    return tokens[a] !== undefined && tokens[b] !== undefined && tokens[a].end === tokens[b].start;
  }

  opensSentence(index: number): boolean {
    const token = this.analysis.tokens[index];
    const previous = this.analysis.tokens[index - 1];
    if (this.sentenceStarts.has(token.start)) return true;
    if (!previous || !this.touching(index - 1, index)) return false;
    if (/^[“‘([]$/.test(previous.value)) return true;
    return previous.value === '"' && (previous.start === 0 || /[\s:]/.test(this.text[previous.start - 1]));
  }

  isCommonWord(value: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
    return this.commonWords.has(value.toLowerCase()) || getLexicon().isCommonWord(value);
  }

  private isNameToken(index: number): boolean {
    const token = this.analysis.tokens[index];
    const value = token.value;
    if (this.inDate.has(index) || CALENDAR.test(value) || value === 'I') return false;
    if (!/^\p{Lu}/u.test(value)) return false;
    if (/-\p{Ll}+$/u.test(value)) return false; // "IS-branded", "State-linked"
    if (!this.opensSentence(index)) return true;
    // Sentence-initial capitals are names only when wink says so and the word is not a common one.
    return token.pos === 'PROPN' && !this.isCommonWord(value);
  }

  /** Where a name that reached `last` goes on, or undefined where it ends. */
  private extendRun(last: number, inUnit: Set<number>): { last: number; more: boolean } | undefined {
    const tokens = this.analysis.tokens;
    const next = last + 1;
    if (!inUnit.has(next) || this.text.slice(tokens[last].end, tokens[next].start).includes('\n')) return undefined;
    if (this.isNameToken(next)) return { last: next, more: true };
    if (tokens[next].value === '-' && this.touching(last, next) && this.touching(next, next + 1) && inUnit.has(next + 1) && this.isNameToken(next + 1)) return { last: next + 1, more: true };
    // Broadcasters and brands with a number: "FRANCE 24".
    if (tokens[next].pos === 'NUM' && /^\p{Lu}{2,}$/u.test(tokens[last].value) && /^\d+$/.test(tokens[next].value)) return { last: next, more: false };
    // "Office of the Prosecutor", "Belgian Federal Prosecutor’s Office"
    let after = next;
    while (after < next + 2 && inUnit.has(after) && CONNECTORS.has(tokens[after].value)) after++;
    if (after === next && /^['’]s$/.test(tokens[next].value) && inUnit.has(next + 1) && isOrgWord(tokens[next + 1].value)) after = next + 1;
    if (after > next && inUnit.has(after) && this.isNameToken(after)) return { last: after, more: true };
    return undefined;
  }

  /** Runs of capitalised tokens ("European Counter Terrorism Centre", "Belgian Federal Prosecutor’s Office", "al-Qaida"). */
  nameRuns(indexes: number[]): NameRun[] {
    const runs: NameRun[] = [];
    const tokens = this.analysis.tokens;
    const inUnit = new Set(indexes);
    for (let k = 0; k < indexes.length; k++) {
      let first = indexes[k];
      if (!this.isNameToken(first)) continue;
      if (tokens[first - 1]?.value === '-' && /^(?:al|el)$/i.test(tokens[first - 2]?.value ?? '') && this.touching(first - 2, first - 1) && this.touching(first - 1, first) && inUnit.has(first - 2)) first -= 2;
      let last = first;
      for (let step = this.extendRun(last, inUnit); step; step = step.more ? this.extendRun(last, inUnit) : undefined) last = step.last;
      const run = classifyName(this, first, last);
      if (run) runs.push(run);
      while (k + 1 < indexes.length && indexes[k + 1] <= last) k++;
    }
    return runs;
  }
}
