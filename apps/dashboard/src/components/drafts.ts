/** An editor's unsent decision on a claim, kept per claim while the dashboard is open. */

/** The API cites passages as supporting or contradicting; a neutral passage is cited as the editor judges it. */
export type Stance = 'supports' | 'contradicts';
export const defaultStance = (s: string): Stance => (s === 'contradicts' ? 'contradicts' : 'supports');
export interface DraftCitation {
  key: string;
  articleId: string;
  revisionId?: string;
  start: number;
  end: number;
  stance: Stance;
  quote: string;
}
export interface Draft {
  citations: DraftCitation[];
  note: string;
  reason: string;
  /** The public note a correction of a published verdict needs; it appears in the corrections feeds. */
  correctionNote: string;
}

export const EMPTY: Draft = { citations: [], note: '', reason: '', correctionNote: '' };
/** Drafts outlive the panel, so moving to the next claim and back loses nothing. */
export const drafts = new Map<string, Draft>();
/** On sign-out: the next person at this browser must not find someone else's drafts. */
export const forgetDrafts = () => drafts.clear();
export const isEmpty = (d: Draft) => d.citations.length === 0 && !d.note.trim() && !d.reason.trim() && !d.correctionNote.trim();

/** One citation per span of an article: the key a draft and the evidence list find it by. */
export const citationKey = (c: { articleId: string; start: number; end: number }) => `${c.articleId}:${c.start}-${c.end}`;
export const cites = (d: Draft, key: string) => d.citations.some((c) => c.key === key);
export const addCitation = (d: Draft, citation: DraftCitation): Draft => (cites(d, citation.key) ? d : { ...d, citations: [...d.citations, citation] });
export const removeCitation = (d: Draft, key: string): Draft => ({ ...d, citations: d.citations.filter((c) => c.key !== key) });
export const toggleCitation = (d: Draft, citation: DraftCitation): Draft => (cites(d, citation.key) ? removeCitation(d, citation.key) : addCitation(d, citation));
export const restanceCitation = (d: Draft, key: string, stance: Stance): Draft => ({ ...d, citations: d.citations.map((c) => (c.key === key ? { ...c, stance } : c)) });
