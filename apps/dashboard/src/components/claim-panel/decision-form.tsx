import type { Claim } from '@factdesk/sdk';
import type { RefObject } from 'react';
import type { Decision } from '../../hooks/use-decision.js';
import { addCitation, removeCitation } from '../drafts.js';
import { CiteByQuote } from './cite-by-quote.js';
import { DraftCitations } from './draft-citations.js';
import { VerdictButtons } from './verdict-buttons.js';

interface Props {
  claim: Claim;
  decision: Decision;
  /** The articles the evidence drew its passages from, offered first for citing by quote. */
  evidenceArticles: string[];
  noteRef: RefObject<HTMLTextAreaElement | null>;
  titleOf: (articleId: string) => string;
}

/** The editor's draft decision: citations, note, the reason and public note a correction needs, and the verdict. */
export function DecisionForm({ claim: c, decision, evidenceArticles, noteRef, titleOf }: Props) {
  const { draft, setDraft, busy, reasonRef, correctionRef } = decision;
  const field = (name: string) => `${c.id}-${name}`;
  return (
    <section className="decide" aria-labelledby="decide-title">
      <h3 id="decide-title">{c.verdict ? 'Change the verdict' : 'Decide'}</h3>
      {c.verdict && <p className="hint">{standing(c.verdict)}</p>}
      <DraftCitations draft={draft} changing={Boolean(c.verdict)} titleOf={titleOf} onRemove={(key) => setDraft((d) => removeCitation(d, key))} />
      <CiteByQuote claim={c} evidenceArticles={evidenceArticles} onAdd={(citation) => setDraft((d) => addCitation(d, citation))} />
      <div className="field">
        <label htmlFor={field('note')}>
          Note <kbd>n</kbd> <span className="hint">public: readers see it on the review page once published</span>
        </label>
        <textarea id={field('note')} ref={noteRef} rows={3} value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} placeholder="What the sources say (keep remarks for the desk in Discussion)" />
      </div>
      {c.verdict && (
        <div className="field">
          <label htmlFor={field('reason')}>Reason for the correction (required to change a verdict)</label>
          <textarea id={field('reason')} ref={reasonRef} rows={2} value={draft.reason} onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))} />
        </div>
      )}
      {c.publishedAt && (
        <div className="field">
          <label htmlFor={field('correction')}>Public correction note (required: readers see it in the corrections feed)</label>
          <textarea id={field('correction')} ref={correctionRef} rows={2} value={draft.correctionNote} onChange={(e) => setDraft((d) => ({ ...d, correctionNote: e.target.value }))} placeholder="e.g. We first rated this verified; a later report contradicts it." />
        </div>
      )}
      <VerdictButtons busy={busy} onDecide={(verdict) => void decision.decide(verdict)} />
    </section>
  );
}

/** After a save the draft is empty again: say the verdict kept what it cites, so nothing looks lost. */
function standing(verdict: NonNullable<Claim['verdict']>): string {
  const n = verdict.citations.length;
  const kept = [n > 0 ? `its ${n === 1 ? 'citation' : `${n} citations`}` : null, verdict.note ? 'its note' : null].filter(Boolean);
  return `The current verdict stands${kept.length ? ` with ${kept.join(' and ')}` : ''}. What you cite and write here is for a new verdict.`;
}
