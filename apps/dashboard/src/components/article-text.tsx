import { memo, useEffect, useMemo, useRef } from 'react';
import { statusOf } from '../labels.js';
import { layoutText, trimSpan, type ClaimSpan, type RemovedText } from '../text-layout.js';

interface Props {
  text: string;
  claims: ClaimSpan[];
  segments: Array<{ start: number; end: number; kind: string }>;
  removed: RemovedText[];
  passage: { start: number; end: number } | null;
  selectedId: string | null;
  onPick: (claimId: string) => void;
  onSelectText: (span: { start: number; end: number } | null) => void;
}

/**
 * The cleaned text, always rendered as text (React escapes it; no HTML from a source reaches the DOM).
 * Every run of article text is one element with its offset in `data-s`, so a browser selection maps
 * back to offsets in the cleaned text; badges and removed furniture carry `data-skip` and are not counted.
 */
export const ArticleText = memo(function ArticleText({ text, claims, segments, removed, passage, selectedId, onPick, onSelectText }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => layoutText({ text, claims, segments, removed, passage }), [text, claims, segments, removed, passage]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const numberOf = useMemo(() => new Map([...claims].sort((a, b) => a.start - b.start).map((c, i) => [c.id, i + 1])), [claims]);

  const latestSelect = useRef(onSelectText);
  latestSelect.current = onSelectText;
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = root.current;
        const selection = document.getSelection();
        if (!el || !selection || selection.rangeCount === 0 || selection.isCollapsed) return latestSelect.current(null);
        const range = selection.getRangeAt(0);
        if (!el.contains(range.commonAncestorContainer)) return latestSelect.current(null);
        const start = pointToOffset(el, range.startContainer, range.startOffset, text.length);
        const end = pointToOffset(el, range.endContainer, range.endOffset, text.length);
        latestSelect.current(trimSpan(text, start, end));
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [text]);

  let inPassage = false;
  return (
    <div className="article-text" ref={root} lang="en">
      {pieces.map((piece) => {
        if (piece.kind === 'removed') {
          return (
            <del key={`r${piece.key}`} className="removed" data-skip="">
              <span className="removed-tag">removed: {piece.reason}</span> {piece.removed.trim()}
            </del>
          );
        }
        if (piece.kind === 'badge') {
          const claim = byId.get(piece.claimId)!;
          const s = statusOf(claim.status);
          const n = numberOf.get(claim.id);
          return (
            <button
              key={`b${piece.claimId}`}
              type="button"
              className={`badge st-${claim.status}${claim.id === selectedId ? ' is-selected' : ''}`}
              data-skip=""
              data-badge={claim.id}
              aria-label={`Claim ${n}: ${s.label}`}
              aria-current={claim.id === selectedId ? 'true' : undefined}
              title={`Claim ${n}: ${s.label}`}
              onClick={() => onPick(claim.id)}
            >
              <span aria-hidden="true">{s.icon}</span>
              {n}
            </button>
          );
        }
        const slice = text.slice(piece.start, piece.end);
        const tag = piece.passage && !inPassage ? (
          <span key={`p${piece.start}`} className="passage-tag" data-skip="">
            cited passage
          </span>
        ) : null;
        inPassage = piece.passage;
        const classes = [piece.segment ? `seg-${piece.segment}` : '', piece.passage ? 'passage' : ''].filter(Boolean).join(' ') || undefined;
        if (piece.claims.length === 0) {
          return [
            tag,
            <span key={piece.start} data-s={piece.start} className={classes}>
              {slice}
            </span>,
          ];
        }
        const claim = byId.get(piece.claims[0])!;
        const selected = piece.claims.includes(selectedId ?? '');
        const strength = piece.claims.some((id) => byId.get(id)?.strong) ? ' strong' : ' quiet';
        return [
          tag,
          <mark
            key={piece.start}
            data-s={piece.start}
            data-claim-id={claim.id}
            className={`claim st-${claim.status}${strength}${selected ? ' is-selected' : ''}${piece.claims.length > 1 ? ' nested' : ''}${classes ? ` ${classes}` : ''}`}
            onClick={() => document.getSelection()?.isCollapsed !== false && onPick(claim.id)}
          >
            {slice}
          </mark>,
        ];
      })}
    </div>
  );
});

/** Offset in the cleaned text of a DOM boundary point inside the rendered article. */
function pointToOffset(root: HTMLElement, node: Node, offset: number, length: number): number {
  const runs = root.querySelectorAll<HTMLElement>('[data-s]');
  const probe = document.createRange();
  for (const run of runs) {
    const start = Number(run.dataset.s);
    const size = run.textContent?.length ?? 0;
    if (run === node || run.contains(node)) return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? size : 0);
    probe.selectNodeContents(run);
    if (probe.comparePoint(node, offset) < 0) return start;
  }
  return length;
}
