/** Marks a text opens or closes with when it is itself a quotation ("“With this operation…”"). */
const MARKS = /^["“”‘’'«»„]|["“”‘’'«»]$/g;

/**
 * Quoted words: the browser adds the quote marks around a <q>, so a passage that is itself a quotation
 * would show them twice (““With this…”). Its own opening and closing marks are dropped for the ones <q> adds.
 */
export function Quote({ text }: { text: string }) {
  return <q>{text.trim().replace(MARKS, '')}</q>;
}
