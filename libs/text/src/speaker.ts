import type { ClaimContext } from './claim-context.js';
import type { NameRun } from './name-kind.js';
import { wordCount } from './lines.js';
import type { Token } from './nlp.js';

const joinPhrase = (words: string[]) => words.join(' ').replace(/ (['’]s)\b/g, '$1');

/**
 * The speaker of a speech verb. After a quote ("…,” said X) the speaker follows the verb;
 * otherwise it is the name, pronoun or noun phrase before it, looking past an appositive
 * ("The head of Europol, Rob Wainwright, said") or a relative clause ("JihadScope, which …, reported").
 */
export function speakerOf(ctx: ClaimContext, indexes: number[], verbAt: number, runs: NameRun[]): string | undefined {
  const tokens = ctx.analysis.tokens;
  const inUnit = new Set(indexes);
  const leadRun = runs.find((r) => r.first === indexes[0]);
  // wink tags some first names as verbs ("Rob"), so only a lower-case verb starts a new clause.
  const isClauseBreak = (t: Token) => /^[.;:!?“”"]$/.test(t.value) || t.value === 'that' || (/^(?:VERB|AUX)$/.test(t.pos) && /^\p{Ll}/u.test(t.value));

  const afterVerb = () => {
    let end = verbAt + 1;
    while (inUnit.has(end) && end <= verbAt + 10 && !isClauseBreak(tokens[end])) end++;
    const window = runs.filter((r) => r.first > verbAt && r.last < end);
    const pick = window.find((r) => r.kind === 'person') ?? window.find((r) => r.first <= verbAt + 4);
    if (pick) {
      // "…,” noted Wassim Nasr": an unknown two-to-four word name quoted as a speaker is a person.
      const size = wordCount(pick.name);
      if (pick.kind === 'name' && size >= 2 && size <= 4) pick.kind = 'person';
      return pick.name;
    }
    const phrase: string[] = [];
    for (let i = verbAt + 1; i < end && /^(?:DET|ADJ|NOUN|PROPN|PART)$/.test(tokens[i].pos) && phrase.length < 6; i++) phrase.push(tokens[i].value);
    return phrase.length >= 2 ? joinPhrase(phrase) : undefined;
  };

  const beforeVerb = () => {
    const at = verbAt - 1;
    if (!inUnit.has(at)) return undefined;
    const run = runs.find((r) => r.last === at) ?? (tokens[at].value === ',' ? runs.find((r) => r.last === at - 1) : undefined);
    if (run) return run.name;
    if (tokens[at].value === ',') return leadRun && tokens[leadRun.last + 1]?.value === ',' ? leadRun.name : undefined;
    if (tokens[at].pos === 'PRON') return tokens[at].value;
    const phrase: string[] = [];
    for (let i = at; inUnit.has(i) && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[i].pos) && phrase.length < 6; i--) {
      if (ctx.isDate(i)) return undefined; // "the operation Wednesday and Thursday said": the subject is further back
      phrase.unshift(tokens[i].value);
    }
    return phrase.length >= 1 && /^(?:DET|PROPN)$/.test(tokens[at - phrase.length + 1].pos) ? joinPhrase(phrase) : undefined;
  };

  const verb = tokens[verbAt].value.toLowerCase();
  // "Europol praised Telegram, saying …": the participle's speaker is the sentence's subject.
  if (verb === 'saying') return leadRun?.name;
  const previous = tokens[verbAt - 1]?.value ?? '';
  const inverted = /^[”"’]$/.test(previous) || (previous === ',' && /^[”"’]$/.test(tokens[verbAt - 2]?.value ?? ''));
  return inverted ? afterVerb() ?? beforeVerb() : beforeVerb() ?? afterVerb();
}
