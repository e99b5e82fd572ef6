import { analyse } from './nlp.js';

/** A word with its universal part-of-speech tag (NOUN, PROPN, ADJ, VERB…). */
export interface TaggedWord {
  word: string;
  pos: string;
}

/** The words of a text with their part-of-speech tags, from the one wink instance of nlp.ts. */
export function tagParts(text: string): TaggedWord[] {
  return analyse(text, false).tokens.map((token) => ({ word: token.value, pos: token.pos }));
}
