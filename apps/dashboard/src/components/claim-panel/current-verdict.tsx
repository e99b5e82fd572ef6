import type { Claim } from '@factdesk/sdk';
import { PublishControl } from './publish-control.js';
import { formatTime } from '../../labels.js';
import { articleHref, fromClaim } from '../../route.js';
import { Review } from '../review.js';
import { StatusBadge } from '../status.js';
import { citationKey } from '../drafts.js';
import { StanceLabel } from './stance-label.js';
import { Quote } from '../quote.js';

interface Props {
  claim: Claim;
  verdict: NonNullable<Claim['verdict']>;
  etag: string;
  canDecide: boolean;
  busy: boolean;
  titleOf: (articleId: string) => string;
  onChanged: (claim: Claim, etag: string) => void;
  onPublish: () => void;
}

/** The verdict the claim has: who gave it, its review, whether readers see it, and what it cites. */
export function CurrentVerdict({ claim: c, verdict, etag, canDecide, busy, titleOf, onChanged, onPublish }: Props) {
  const unpublished = c.publishedVerdictId !== verdict.id;
  return (
    <section className="current-verdict" aria-labelledby="current-title">
      <h3 id="current-title">Current verdict</h3>
      <p>
        <StatusBadge status={verdict.verdict} /> by <strong>{verdict.decidedBy}</strong> · <time dateTime={verdict.decidedAt}>{formatTime(verdict.decidedAt)}</time>
      </p>
      {verdict.reason && <p>Reason: {verdict.reason}</p>}
      {verdict.note && <p>Note: {verdict.note}</p>}
      {verdict.correctionNote && (
        <p className="correction-note">
          Public correction note{unpublished ? ' (readers will see it once this is published)' : ''}: <Quote text={verdict.correctionNote} />
        </p>
      )}
      <Review claim={c} etag={etag} canReview={canDecide} onReviewed={onChanged} />
      {c.publishedAt && (
        <p className="published">
          <span aria-hidden="true">◉</span> Published <time dateTime={c.publishedAt}>{formatTime(c.publishedAt)}</time> · <a href={`/reviews/${c.id}`}>public review</a>
          {unpublished && ' (readers still see the earlier verdict)'}
        </p>
      )}
      {canDecide && unpublished && (!c.review || c.review.status === 'approved') && <PublishControl correction={Boolean(c.publishedAt)} busy={busy} onPublish={onPublish} />}
      {verdict.citations.length > 0 && (
        <ul className="citations">
          {verdict.citations.map((x) => (
            <li key={citationKey(x)}>
              <StanceLabel stance={x.stance} /> <Quote text={x.quote} /> — <a href={articleHref(x.articleId, { passage: x, revision: x.revisionId, from: fromClaim(c) })}>{titleOf(x.articleId)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
