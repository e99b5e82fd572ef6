/** Colour is never the only cue: every status has an icon and a word. */
const STATUS: Record<string, { icon: string; label: string }> = {
  open: { icon: '○', label: 'Open' },
  verified: { icon: '✓', label: 'Verified' },
  disputed: { icon: '✗', label: 'Disputed' },
  unsupported: { icon: '?', label: 'Unsupported' },
};

export const STANCE: Record<string, { icon: string; label: string }> = {
  supports: { icon: '✓', label: 'Supports' },
  contradicts: { icon: '✗', label: 'Contradicts' },
  neutral: { icon: '–', label: 'Neutral' },
};

export const ACTIONS: Record<string, string> = {
  'claim.created': 'Claim created',
  'verdict.decided': 'Decided',
  'verdict.corrected': 'Corrected',
  'comment.created': 'Commented',
  'claim.assigned': 'Assigned',
  'verdict.reviewed': 'Reviewed',
  'claim.published': 'Published',
  'correction.published': 'Correction published',
};

/** A verdict's review, in words. */
export const REVIEW: Record<string, { icon: string; label: string }> = {
  awaiting: { icon: '◷', label: 'Awaiting review' },
  approved: { icon: '✓', label: 'Approved' },
  rejected: { icon: '↩', label: 'Sent back' },
};

export const statusOf = (status: string) => STATUS[status] ?? { icon: '•', label: status };

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const percent = (n: number) => `${Math.round(n * 100)}%`;

/**
 * How the desk names an article: the API's `name`, as evidence rationales and review pages name it
 * (title; else outlet and date; else its opening words); without one, the title or what is known
 * of it (never an id).
 */
export function articleName(a: { name?: string | null; title?: string | null; outlet?: string | null; publishedOn?: string | null }): string {
  if (a.name) return a.name;
  if (a.title?.trim()) return a.title;
  const of = [a.outlet, a.publishedOn].filter(Boolean).join(', ');
  return of ? `Untitled article (${of})` : 'Untitled article';
}

/** An article's name in quotation marks, once: a name made of its opening words comes from the API already quoted. */
export const quotedName = (name: string) => (/^["“][\s\S]*["”]$/.test(name) ? name : `“${name}”`);

/** At most `n` characters of `s`, with an ellipsis when cut. */
export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The extractor's cue names where they are not plain words ("assertion: was" → "states: was"). */
const SIGNAL_WORDS: Record<string, string> = { assertion: 'states', thirdPerson: 'about others', firstPerson: 'about the speaker', prescription: 'says what should be done', pastTense: 'past event' };

/**
 * Cues of grammar, not of content: they weigh in the check-worthiness score, but "states: have" or
 * "about others: them" tells an editor nothing about what there is to check.
 */
const GRAMMAR_CUES = new Set(['assertion', 'thirdPerson', 'firstPerson', 'secondPerson', 'pastTense']);

/** The signals worth showing an editor: what the claim gives that can be checked (figures, dates, names, quotes, who said it, comparisons …). */
export const editorSignals = (signals: readonly string[]): string[] => signals.filter((s) => !GRAMMAR_CUES.has(s.split(': ')[0])).map(signalLabel);

/** A claim's signal as an editor reads it: the extractor's name for the cue replaced by words. */
export function signalLabel(signal: string): string {
  const colon = signal.indexOf(': ');
  const name = colon === -1 ? signal : signal.slice(0, colon);
  return SIGNAL_WORDS[name] ? `${SIGNAL_WORDS[name]}${colon === -1 ? '' : signal.slice(colon)}` : signal;
}

/** Who did something, as an editor reads it: Factdesk's own actors ("system:seed") named for what they are. */
export function actorLabel(actor: string): string {
  const own: Record<string, string> = { 'system:seed': 'Factdesk (the seed reports)', 'system:bootstrap': 'Factdesk (first start)' };
  return own[actor] ?? (actor.startsWith('system:') ? `Factdesk (${actor.slice('system:'.length)})` : actor);
}
