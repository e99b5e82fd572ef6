import type { Claim, Problem, Schemas, Verdict } from '@factdesk/sdk';
import type { Draft } from '../components/drafts.js';

/** What the panel says under the decision form: the outcome of the last action. */
export interface PanelMessage {
  kind: 'error' | 'success';
  text: string;
}

/** The field of the decision form a missing entry belongs in. */
export type DraftField = 'reason' | 'correction';

/**
 * What the claim itself says a decision on it needs and the draft lacks: a verdict already given makes
 * this a correction (a reason), a published claim a public correction (a note). Asked for before
 * sending, so the editor is taken to the field; every other rule is the API's to answer.
 */
export function missingFromDraft(base: Pick<Claim, 'verdict' | 'status' | 'publishedAt'>, draft: Draft, reason: string): { field: DraftField; text: string } | null {
  if (base.verdict && !reason) return { field: 'reason', text: `This claim is already ${base.status}: changing it is a correction, so give a reason.` };
  if (base.publishedAt && !draft.correctionNote.trim()) {
    return { field: 'correction', text: 'This claim is published: write the public correction note readers will see in the corrections feed.' };
  }
  return null;
}

/** The PUT /verdict body for a draft on `base`. */
export function verdictBody(verdict: Verdict, draft: Draft, base: Pick<Claim, 'publishedAt'>, reason: string): Schemas['DecideVerdictDto'] {
  return {
    verdict,
    note: draft.note.trim(),
    citations: draft.citations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
    ...(reason ? { reason } : {}),
    ...(base.publishedAt ? { correctionNote: draft.correctionNote.trim() } : {}),
  };
}

/** The API's refusal in its own words, with where in the panel to meet it when the panel can help. */
export function refusalText(problem: Problem): string {
  if (problem.type === '/problems/citation-required') return `${problem.detail} Tick an evidence passage (keys 1–9 and 0) or cite one by quote.`;
  return problem.detail;
}
