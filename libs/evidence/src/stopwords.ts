/** Function words, reporting verbs, small numbers and calendar words: they say nothing checkable on their own. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without within into onto over under about against between through during before after ' +
    'above below up down out off than then so such as that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'it its itself they them their theirs he him his she her hers we us our ours you your i me my ' +
    'not no yes all any both each few more most other some own same too very just also only even still ' +
    'said say says saying told according statement noted continued added ' +
    "'s s t d ll re ve m now new while although though because if since until unless whether per via among including include includes like " +
    'one two three four five six seven eight nine ten first last next week weeks month months year years day days hour hours minute minutes today yesterday ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms dr so-called called latest major notably several various many multiple numerous'
  ).split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
