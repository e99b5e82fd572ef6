import type { EvidencePassage, Verdict } from '@factdesk/sdk';
import type { RefObject } from 'react';
import { PASSAGE_KEYS } from '../components/claim-panel/passage-keys.js';
import { useShortcuts } from '../shortcuts.js';

interface Args {
  canDecide: boolean;
  /** Off while the conflict dialog is open. */
  enabled: boolean;
  passages: EvidencePassage[];
  noteRef: RefObject<HTMLTextAreaElement | null>;
  decide: (verdict: Verdict) => unknown;
  toggle: (passage: EvidencePassage) => void;
}

/** An editor's keys on a claim: v, d and u decide, n goes to the note, 1–9 and 0 cite a passage. */
export function useClaimShortcuts({ canDecide, enabled, passages, noteRef, decide, toggle }: Args): void {
  const keys: Record<string, () => void> = canDecide
    ? {
        v: () => void decide('verified'),
        d: () => void decide('disputed'),
        u: () => void decide('unsupported'),
        n: () => noteRef.current?.focus(),
        ...Object.fromEntries(passages.slice(0, PASSAGE_KEYS.length).map((p, i) => [PASSAGE_KEYS[i], () => toggle(p)])),
      }
    : {};
  useShortcuts(keys, enabled);
}
