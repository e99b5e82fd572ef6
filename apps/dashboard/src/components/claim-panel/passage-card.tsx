import type { EvidencePassage } from '@factdesk/sdk';
import { quotedName } from '../../labels.js';
import { articleHref } from '../../route.js';
import type { Stance } from '../drafts.js';
import { PASSAGE_KEYS } from './passage-keys.js';
import { StanceLabel } from './stance-label.js';

interface Props {
  n: number;
  passage: EvidencePassage;
  title: string;
  from?: string;
  cited: boolean;
  stance: Stance;
  canCite: boolean;
  onToggle: () => void;
  onStance: (s: Stance) => void;
}

/** One evidence passage: its stance, score, source and reasons, and for an editor a box to cite it. */
export function PassageCard(props: Props) {
  const { n, passage: p } = props;
  const id = `passage-${n}`;
  return (
    <li className={`passage-card stance-border-${p.stance}`} aria-labelledby={`${id}-title`}>
      <p className="passage-head" id={`${id}-title`}>
        <span className="passage-n">{n}</span> <StanceLabel stance={p.stance} /> <span className="passage-score" title="How strongly this passage bears on the claim, from 0 to 1; the list is ordered by relevance to the claim, not by this">strength {p.score.toFixed(2)}</span>
      </p>
      <blockquote>{p.text}</blockquote>
      <p className="passage-source">
        <a href={articleHref(p.articleId, { passage: p, revision: p.revisionId, from: props.from })}>Open in {quotedName(props.title)}</a>
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
            {n <= PASSAGE_KEYS.length && <kbd aria-hidden="true">{PASSAGE_KEYS[n - 1]}</kbd>}
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
