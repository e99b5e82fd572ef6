import type { ArticleSummary, AuditEvent, Claim, ClaimEvidence, EvidencePassage, Verdict } from '@factdesk/sdk';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, articleSummaries, call, fullArticle } from '../api.js';
import { announce } from '../announce.js';
import { articleName, formatTime, percent, STANCE, statusOf } from '../labels.js';
import { findQuote } from '../text-layout.js';
import { useLive } from '../live.js';
import { articleHref } from '../route.js';
import { useShortcuts } from '../shortcuts.js';
import { AlreadyChecked } from './already-checked.js';
import { Assignment } from './assignment.js';
import { Review } from './review.js';
import { ConflictDialog, type Conflict } from './conflict-dialog.js';
import { defaultStance, drafts, EMPTY, isEmpty, type Draft, type DraftCitation, type Stance } from './drafts.js';
import { Discussion } from './discussion.js';
import { History } from './history.js';
import { Empty, ErrorState, Loading } from './states.js';
import { StatusBadge } from './status.js';

const NEEDS: Partial<Record<Verdict, Stance>> = { verified: 'supports', disputed: 'contradicts' };
/** The API lists up to ten passages: 1–9 cite the first nine, 0 the tenth (as on a keyboard's number row). */
export const PASSAGE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const keyOf = (c: { articleId: string; start: number; end: number }) => `${c.articleId}:${c.start}-${c.end}`;
const versionOf = (e: AuditEvent) => Number((e.after as { version?: unknown } | null)?.version ?? 0);

type Basis = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; claim: Claim; etag: string };
type EvidenceLoad = { state: 'loading' } | { state: 'none' } | { state: 'error'; message: string } | { state: 'ready'; data: ClaimEvidence };

interface Props {
  claimId: string;
  canDecide: boolean;
  onClaimChanged?: (claim: Claim) => void;
  position?: { index: number; total: number };
}

export function ClaimPanel({ claimId, canDecide, onClaimChanged, position }: Props) {
  const [basis, setBasis] = useState<Basis>({ state: 'loading' });
  const [evidence, setEvidence] = useState<EvidenceLoad>({ state: 'loading' });
  const [history, setHistory] = useState<{ state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; events: AuditEvent[] }>({ state: 'loading' });
  // Drafts kept from before a field was added lack it; fill it in.
  const [draft, setDraftState] = useState<Draft>(() => ({ ...EMPTY, ...drafts.get(claimId) }));
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [remote, setRemote] = useState<{ claim: Claim; etag: string; actor: string } | null>(null);
  const [titles, setTitles] = useState(new Map<string, string>());
  const inFlight = useRef(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const correctionRef = useRef<HTMLTextAreaElement>(null);

  const setDraft = useCallback(
    (update: (d: Draft) => Draft) =>
      setDraftState((d) => {
        const next = update(d);
        if (isEmpty(next)) drafts.delete(claimId);
        else drafts.set(claimId, next);
        return next;
      }),
    [claimId],
  );

  const fetchClaim = useCallback(async () => {
    const result = await call(api.GET('/api/v1/claims/{id}', { params: { path: { id: claimId } } }));
    return result.ok ? { ok: true as const, claim: result.data, etag: result.response.headers.get('ETag') ?? `"${result.data.version}"` } : result;
  }, [claimId]);

  const loadHistory = useCallback(async () => {
    const result = await call(api.GET('/api/v1/claims/{id}/history', { params: { path: { id: claimId } } }));
    setHistory(result.ok ? { state: 'ready', events: result.data } : { state: 'error', message: result.problem.detail });
    return result.ok ? result.data : [];
  }, [claimId]);

  const loadEvidence = useCallback(async () => {
    setEvidence({ state: 'loading' });
    const result = await call(api.GET('/api/v1/claims/{id}/evidence', { params: { path: { id: claimId } } }));
    // 404 until the evidence for this claim (or the evidence feature itself) exists.
    if (result.ok) setEvidence({ state: 'ready', data: result.data });
    else setEvidence(result.status === 404 ? { state: 'none' } : { state: 'error', message: result.problem.detail });
  }, [claimId]);

  const load = useCallback(async () => {
    setBasis({ state: 'loading' });
    const [claim] = await Promise.all([fetchClaim(), loadHistory(), loadEvidence()]);
    setBasis(claim.ok ? { state: 'ready', claim: claim.claim, etag: claim.etag } : { state: 'error', message: claim.problem.detail });
  }, [fetchClaim, loadHistory, loadEvidence]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    void articleSummaries().then((r) => r.ok && setTitles(new Map(r.data.map((a) => [a.id, articleName(a)]))));
  }, []);

  const claim = basis.state === 'ready' ? basis.claim : null;

  /** Adopts a version of the claim as the one being decided on. */
  const adopt = useCallback(
    (next: Claim, etag: string) => {
      setBasis({ state: 'ready', claim: next, etag });
      setRemote(null);
      onClaimChanged?.(next);
    },
    [onClaimChanged],
  );

  // Another editor changed this claim: take their version if nothing is drafted, otherwise say so
  // and keep the draft on the old version, so deciding cannot overwrite theirs without a look.
  useLive(async (m) => {
    if (!claim || inFlight.current) return;
    if (m.kind === 'event' && (m.event.entityType !== 'claim' || m.event.entityId !== claimId)) return;
    // A comment changes nothing about the claim but its history; the discussion reloads itself.
    if (m.kind === 'event' && m.event.action.startsWith('comment.')) return void loadHistory();
    if (m.kind === 'event' && m.event.version !== null && m.event.version <= claim.version) return;
    const fresh = await fetchClaim();
    if (!fresh.ok || fresh.claim.version === claim.version || inFlight.current) return;
    void loadHistory();
    const actor = m.kind === 'event' ? m.event.actor : 'Another editor';
    if (isEmpty(draft) && !conflict) {
      adopt(fresh.claim, fresh.etag);
      announce(`${actor} changed this claim: it is now ${statusOf(fresh.claim.status).label.toLowerCase()}.`);
    } else setRemote({ claim: fresh.claim, etag: fresh.etag, actor });
  });

  const decide = async (verdict: Verdict, override?: { reason: string; claim: Claim; etag: string }) => {
    if (!canDecide || !claim || basis.state !== 'ready' || inFlight.current) return;
    const base = override?.claim ?? claim;
    const etag = override?.etag ?? basis.etag;
    const reason = (override?.reason ?? draft.reason).trim();
    const needed = NEEDS[verdict];
    if (needed && !draft.citations.some((c) => c.stance === needed && c.articleId !== base.articleId)) {
      return setMessage({
        kind: 'error',
        text: `A ${verdict} verdict needs a citation of another article that ${needed === 'supports' ? 'supports' : 'contradicts'} the claim: tick an evidence passage (keys 1–9 and 0) or cite one by quote.`,
      });
    }
    if (base.verdict && !reason) {
      setMessage({ kind: 'error', text: `This claim is already ${base.status}: changing it is a correction, so give a reason.` });
      return reasonRef.current?.focus();
    }
    const correctionNote = draft.correctionNote.trim();
    if (base.publishedAt && !correctionNote) {
      setMessage({ kind: 'error', text: 'This claim is published: write the public correction note readers will see in the corrections feed.' });
      return correctionRef.current?.focus();
    }
    inFlight.current = true;
    setBusy(true);
    setMessage(null);
    const result = await call(
      api.PUT('/api/v1/claims/{id}/verdict', {
        params: { path: { id: claimId }, header: { 'If-Match': etag } },
        body: {
          verdict,
          note: draft.note.trim(),
          citations: draft.citations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
          ...(reason ? { reason } : {}),
          ...(base.publishedAt ? { correctionNote } : {}),
        },
      }),
    );
    inFlight.current = false;
    setBusy(false);
    if (result.ok) {
      adopt(result.data, result.response.headers.get('ETag') ?? `"${result.data.version}"`);
      setConflict(null);
      setDraft(() => EMPTY);
      setMessage({ kind: 'success', text: `Saved: ${statusOf(verdict).label}.` });
      announce(`Claim marked ${verdict}.`);
      void loadHistory();
      return;
    }
    if (result.status === 412) return openConflict(verdict, base);
    setMessage({ kind: 'error', text: result.problem.detail });
  };

  const publish = async () => {
    if (!canDecide || basis.state !== 'ready' || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setMessage(null);
    const result = await call(api.POST('/api/v1/claims/{id}/publish', { params: { path: { id: claimId }, header: { 'If-Match': basis.etag } } }));
    inFlight.current = false;
    setBusy(false);
    if (result.ok) {
      adopt(result.data, result.response.headers.get('ETag') ?? `"${result.data.version}"`);
      setMessage({ kind: 'success', text: 'Published: the review is public, and changing the verdict is now a public correction.' });
      announce('Claim published.');
      void loadHistory();
      return;
    }
    if (result.status === 412) return openConflict(null, basis.claim);
    setMessage({ kind: 'error', text: result.problem.detail });
  };

  /** A change made from a part of the panel (assignee, review): the claim as it now is, and its history. */
  const changed = (next: Claim, etag: string) => {
    adopt(next, etag);
    void loadHistory();
  };

  /** What the other editor did since the version this draft started from. */
  const openConflict = async (verdict: Verdict | null, base: Claim) => {
    const [fresh, events] = await Promise.all([fetchClaim(), loadHistory()]);
    if (!fresh.ok) return setMessage({ kind: 'error', text: fresh.problem.detail });
    setRemote(null);
    setConflict({ verdict, mine: draft, theirs: fresh.claim, theirsEtag: fresh.etag, changes: events.filter((e) => versionOf(e) > base.version) });
  };

  const keepTheirs = () => {
    if (!conflict) return;
    adopt(conflict.theirs, conflict.theirsEtag);
    setDraft(() => EMPTY);
    setConflict(null);
    setMessage({ kind: 'success', text: 'Kept their decision; your draft was discarded.' });
  };
  const continueOnTheirs = () => {
    if (!conflict) return;
    adopt(conflict.theirs, conflict.theirsEtag);
    setConflict(null);
    setMessage({ kind: 'success', text: 'Your draft now applies on top of their decision (deciding will be a correction).' });
  };
  const reapply = (reason: string) => {
    if (!conflict?.verdict) return;
    setDraft((d) => ({ ...d, reason }));
    void decide(conflict.verdict, { reason, claim: conflict.theirs, etag: conflict.theirsEtag });
  };

  const passages = evidence.state === 'ready' ? evidence.data.evidence : [];
  const [stances, setStances] = useState(new Map<string, Stance>());
  const stanceFor = (p: EvidencePassage) => stances.get(keyOf(p)) ?? defaultStance(p.stance);
  const toggle = (p: EvidencePassage) =>
    setDraft((d) => {
      const key = keyOf(p);
      if (d.citations.some((c) => c.key === key)) return { ...d, citations: d.citations.filter((c) => c.key !== key) };
      return { ...d, citations: [...d.citations, { key, articleId: p.articleId, revisionId: p.revisionId, start: p.start, end: p.end, stance: stanceFor(p), quote: p.text }] };
    });
  const restance = (p: EvidencePassage, stance: Stance) => {
    setStances((m) => new Map(m).set(keyOf(p), stance));
    setDraft((d) => ({ ...d, citations: d.citations.map((c) => (c.key === keyOf(p) ? { ...c, stance } : c)) }));
  };

  const editorKeys: Record<string, () => void> = canDecide
    ? {
        v: () => void decide('verified'),
        d: () => void decide('disputed'),
        u: () => void decide('unsupported'),
        n: () => noteRef.current?.focus(),
        ...Object.fromEntries(passages.slice(0, PASSAGE_KEYS.length).map((p, i) => [PASSAGE_KEYS[i], () => toggle(p)])),
      }
    : {};
  useShortcuts(editorKeys, !conflict);

  if (basis.state === 'loading') return <Loading label="Loading the claim…" />;
  if (basis.state === 'error') return <ErrorState message={basis.message} onRetry={() => void load()} />;
  const c = basis.claim;
  const titleOf = (id: string) => titles.get(id) ?? 'Another article';

  return (
    <section className="claim-panel" aria-labelledby="claim-heading">
      <header className="claim-head">
        <h2 id="claim-heading">
          {position ? `Claim ${position.index} of ${position.total}` : 'Claim'} <StatusBadge status={c.status} />
        </h2>
        <blockquote className="claim-quote">{c.text}</blockquote>
        <p className="meta">
          {c.kind} · check-worthiness {percent(c.score)} · {c.origin === 'editor' ? `added by ${c.createdBy}` : 'extracted'}
        </p>
        {c.signals.length > 0 && <p className="signals">{c.signals.join(' · ')}</p>}
      </header>

      {remote && (
        <div className="notice warn" role="alert">
          <p>
            <strong>{remote.actor}</strong> changed this claim while you were drafting (now {statusOf(remote.claim.status).label.toLowerCase()}). Your draft is kept.
          </p>
          <button type="button" onClick={() => void openConflict(null, c)}>
            Review their change
          </button>
        </div>
      )}

      <Assignment
        claim={c}
        etag={basis.etag}
        canAssign={canDecide}
        onAssigned={changed}
      />
      <AlreadyChecked
        claim={c}
        etag={basis.etag}
        canDecide={canDecide}
        onDecided={(next, etag) => {
          changed(next, etag);
          announce(`Claim marked ${next.status}, as it was checked before.`);
        }}
      />
      {c.verdict && (
        <section className="current-verdict" aria-labelledby="current-title">
          <h3 id="current-title">Current verdict</h3>
          <p>
            <StatusBadge status={c.verdict.verdict} /> by <strong>{c.verdict.decidedBy}</strong> · <time dateTime={c.verdict.decidedAt}>{formatTime(c.verdict.decidedAt)}</time>
          </p>
          {c.verdict.reason && <p>Reason: {c.verdict.reason}</p>}
          {c.verdict.note && <p>Note: {c.verdict.note}</p>}
          <Review
            claim={c}
            etag={basis.etag}
            canReview={canDecide}
            onReviewed={changed}
          />
          {c.publishedAt && (
            <p className="published">
              <span aria-hidden="true">◉</span> Published <time dateTime={c.publishedAt}>{formatTime(c.publishedAt)}</time> · <a href={`/reviews/${c.id}`}>public review</a>
              {c.publishedVerdictId !== c.verdict.id && ' (readers still see the earlier verdict)'}
            </p>
          )}
          {canDecide && c.publishedVerdictId !== c.verdict.id && (!c.review || c.review.status === 'approved') && (
            <p>
              <button type="button" onClick={() => void publish()} disabled={busy}>
                {c.publishedAt ? 'Publish this correction' : 'Publish this verdict'}
              </button>{' '}
              <span className="hint">as a public ClaimReview; later changes become public corrections.</span>
            </p>
          )}
          {c.verdict.citations.length > 0 && (
            <ul className="citations">
              {c.verdict.citations.map((x) => (
                <li key={keyOf(x)}>
                  <Stance stance={x.stance} /> <q>{x.quote}</q> — <a href={articleHref(x.articleId, { passage: x, revision: x.revisionId, from: c.articleId ? `${c.articleId}:${c.id}` : undefined })}>{titleOf(x.articleId)}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="evidence-title">
        <h3 id="evidence-title">Evidence</h3>
        {evidence.state === 'loading' && <Loading label="Looking for evidence…" />}
        {evidence.state === 'none' && <Empty>No evidence yet for this claim. Cite a passage by quote below.</Empty>}
        {evidence.state === 'error' && <ErrorState message={evidence.message} onRetry={() => void loadEvidence()} />}
        {evidence.state === 'ready' && (
          <>
            <div className="suggestion">
              <p>
                Suggested: <StatusBadge status={evidence.data.suggestion.verdict} /> <span className="confidence">{percent(evidence.data.suggestion.confidence)} confident</span>
              </p>
              {evidence.data.suggestion.rationale.length > 0 && (
                <ul>
                  {evidence.data.suggestion.rationale.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              )}
            </div>
            {passages.length === 0 ? (
              <Empty>No passages in other articles bear on this claim.</Empty>
            ) : (
              <ol className="passages">
                {passages.map((p, i) => (
                  <Passage key={keyOf(p)} n={i + 1} passage={p} title={titleOf(p.articleId)} from={c.articleId ? `${c.articleId}:${c.id}` : undefined} cited={draft.citations.some((x) => x.key === keyOf(p))} stance={stanceFor(p)} canCite={canDecide} onToggle={() => toggle(p)} onStance={(st) => restance(p, st)} />
                ))}
              </ol>
            )}
          </>
        )}
      </section>

      {canDecide && (
        <section className="decide" aria-labelledby="decide-title">
          <h3 id="decide-title">Decide</h3>
          <Citations draft={draft} titleOf={titleOf} onRemove={(key) => setDraft((d) => ({ ...d, citations: d.citations.filter((x) => x.key !== key) }))} />
          <CiteByQuote claim={c} evidenceArticles={passages.map((p) => p.articleId)} onAdd={(citation) => setDraft((d) => (d.citations.some((x) => x.key === citation.key) ? d : { ...d, citations: [...d.citations, citation] }))} />
          <div className="field">
            <label htmlFor={`${claimId}-note`}>
              Note <kbd>n</kbd>
            </label>
            <textarea id={`${claimId}-note`} ref={noteRef} rows={3} value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} placeholder="What the sources say, for the desk and the record" />
          </div>
          {c.verdict && (
            <div className="field">
              <label htmlFor={`${claimId}-reason`}>Reason for the correction (required to change a verdict)</label>
              <textarea id={`${claimId}-reason`} ref={reasonRef} rows={2} value={draft.reason} onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))} />
            </div>
          )}
          {c.publishedAt && (
            <div className="field">
              <label htmlFor={`${claimId}-correction`}>Public correction note (required: readers see it in the corrections feed)</label>
              <textarea id={`${claimId}-correction`} ref={correctionRef} rows={2} value={draft.correctionNote} onChange={(e) => setDraft((d) => ({ ...d, correctionNote: e.target.value }))} placeholder="e.g. We first rated this verified; a later report contradicts it." />
            </div>
          )}
          <div className="verdict-buttons" role="group" aria-label="Verdict">
            <button type="button" className="verdict st-verified" disabled={busy} onClick={() => void decide('verified')}>
              <span aria-hidden="true">✓</span> Verified <kbd>v</kbd>
            </button>
            <button type="button" className="verdict st-disputed" disabled={busy} onClick={() => void decide('disputed')}>
              <span aria-hidden="true">✗</span> Disputed <kbd>d</kbd>
            </button>
            <button type="button" className="verdict st-unsupported" disabled={busy} onClick={() => void decide('unsupported')}>
              <span aria-hidden="true">?</span> Unsupported <kbd>u</kbd>
            </button>
          </div>
        </section>
      )}
      <div className="message-area" aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'field-error' : 'success'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>

      <Discussion claimId={claimId} canWrite={canDecide} />
      <section aria-labelledby="history-title">
        <h3 id="history-title">History</h3>
        {history.state === 'loading' && <Loading label="Loading the history…" />}
        {history.state === 'error' && <ErrorState message={history.message} onRetry={() => void loadHistory()} />}
        {history.state === 'ready' && <History events={history.events} />}
      </section>

      {conflict && <ConflictDialog conflict={conflict} titleOf={titleOf} busy={busy} error={message?.kind === 'error' ? message.text : null} onKeepTheirs={keepTheirs} onContinue={continueOnTheirs} onReapply={reapply} />}
    </section>
  );
}

export function Stance({ stance }: { stance: string }) {
  const s = STANCE[stance] ?? { icon: '•', label: stance };
  return (
    <span className={`stance stance-${stance}`}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </span>
  );
}

function Passage(props: { n: number; passage: EvidencePassage; title: string; from?: string; cited: boolean; stance: Stance; canCite: boolean; onToggle: () => void; onStance: (s: Stance) => void }) {
  const { n, passage: p } = props;
  const id = `passage-${n}`;
  return (
    <li className={`passage-card stance-border-${p.stance}`} aria-labelledby={`${id}-title`}>
      <p className="passage-head" id={`${id}-title`}>
        <span className="passage-n">{n}</span> <Stance stance={p.stance} /> <span className="passage-score">score {p.score.toFixed(2)}</span>
      </p>
      <blockquote>{p.text}</blockquote>
      <p className="passage-source">
        <a href={articleHref(p.articleId, { passage: p, revision: p.revisionId, from: props.from })}>Open in “{props.title}”</a>
      </p>
      {p.reasons.length > 0 && (
        <ul className="reasons">
          {p.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      {props.canCite && (
        <div className="cite-row">
          <label className="check">
            <input type="checkbox" checked={props.cited} onChange={props.onToggle} /> Cite passage {n}
            {n <= PASSAGE_KEYS.length && <kbd>{PASSAGE_KEYS[n - 1]}</kbd>}
          </label>
          <label className="inline">
            <span>as</span>
            <select value={props.stance} onChange={(e) => props.onStance(e.target.value as Stance)} aria-label={`Cite passage ${n} as`}>
              <option value="supports">supporting</option>
              <option value="contradicts">contradicting</option>
            </select>
          </label>
        </div>
      )}
    </li>
  );
}

function Citations({ draft, titleOf, onRemove }: { draft: Draft; titleOf: (id: string) => string; onRemove: (key: string) => void }) {
  if (draft.citations.length === 0) return <p className="hint">No citations yet. Verified needs a supporting and disputed a contradicting passage of another article.</p>;
  return (
    <div>
      <p className="label">Citations ({draft.citations.length})</p>
      <ul className="citations">
        {draft.citations.map((c) => (
          <li key={c.key}>
            <Stance stance={c.stance} /> <q>{c.quote}</q> — {titleOf(c.articleId)}{' '}
            <button type="button" className="link-button" onClick={() => onRemove(c.key)} aria-label={`Remove citation “${c.quote.slice(0, 40)}”`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{2,}/gu) ?? []);

/**
 * The articles to offer for citing by quote, most relevant first and never the claim's own: those the
 * evidence drew passages from (in its order), then the others by words their title and outlet share
 * with the claim, then by how many claims they have (an article with none is usually empty or a test).
 */
export function rankCitableArticles(claim: { articleId: string | null; text: string }, evidenceArticles: string[], articles: ArticleSummary[]): Array<{ id: string; title: string; inEvidence: boolean }> {
  const rank = new Map<string, number>();
  evidenceArticles.forEach((id) => rank.has(id) || rank.set(id, rank.size));
  const claimWords = words(claim.text);
  const overlap = (a: ArticleSummary) => [...words(`${a.title ?? ''} ${a.outlet ?? ''}`)].filter((w) => claimWords.has(w)).length;
  return articles
    .filter((a) => a.id !== claim.articleId)
    .map((a) => ({ a, r: rank.get(a.id) ?? Infinity, o: overlap(a) }))
    .sort((x, y) => x.r - y.r || y.o - x.o || y.a.progress.total - x.a.progress.total)
    .map(({ a, r }) => ({ id: a.id, title: articleName(a), inEvidence: r !== Infinity }));
}

/** Cite any passage of another article by quoting it: resolved to offsets in that article's current text. */
function CiteByQuote({ claim, evidenceArticles, onAdd }: { claim: Claim; evidenceArticles: string[]; onAdd: (citation: DraftCitation) => void }) {
  const [summaries, setSummaries] = useState<ArticleSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const [quote, setQuote] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void articleSummaries().then((r) => r.ok && setSummaries(r.data));
  }, []);
  const evidenceKey = evidenceArticles.join(',');
  const articles = useMemo(() => rankCitableArticles(claim, evidenceArticles, summaries), [claim.articleId, claim.text, evidenceKey, summaries]);
  // Until the editor picks one, the most relevant article is the choice (it changes when evidence arrives).
  const articleId = chosen && articles.some((a) => a.id === chosen) ? chosen : (articles[0]?.id ?? '');
  const inEvidence = articles.filter((a) => a.inEvidence);
  const others = articles.filter((a) => !a.inEvidence);
  const options = (list: typeof articles) =>
    list.map((a) => (
      <option key={a.id} value={a.id}>
        {a.title}
      </option>
    ));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!articleId || !quote.trim()) return setError('Pick an article and type the words to cite.');
    const article = await fullArticle(articleId);
    if (!article.ok) return setError(article.problem.detail);
    const found = findQuote(article.data.text, quote);
    if (found.length === 0) return setError('Those words are not in that article’s text.');
    if (found.length > 1) return setError(`Those words occur ${found.length} times there; quote a few more words.`);
    const [span] = found;
    onAdd({ key: keyOf({ articleId, ...span }), articleId, revisionId: article.data.revision.id, ...span, stance, quote: article.data.text.slice(span.start, span.end) });
    setQuote('');
  };

  return (
    <form className="cite-quote" onSubmit={submit} aria-labelledby="cite-title">
      <p className="label" id="cite-title">
        Cite a passage by quote
      </p>
      <div className="row">
        <div>
          <label htmlFor={`${id}-article`}>Article</label>
          <select id={`${id}-article`} value={articleId} onChange={(e) => setChosen(e.target.value)}>
            {inEvidence.length > 0 ? (
              <>
                <optgroup label="In the evidence">{options(inEvidence)}</optgroup>
                <optgroup label="Other articles">{options(others)}</optgroup>
              </>
            ) : (
              options(others)
            )}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            <option value="supports">supports</option>
            <option value="contradicts">contradicts</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-quote`}>Words from that article</label>
        <input id={`${id}-quote`} type="text" value={quote} onChange={(e) => setQuote(e.target.value)} placeholder="e.g. led by Belgian prosecutors" />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Add citation</button>
    </form>
  );
}
