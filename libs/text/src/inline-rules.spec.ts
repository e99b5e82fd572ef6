import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits.js';
import { sentenceGlueEdits, whitespaceEdits } from './inline-rules.js';

const glue = (text: string) => applyEdits(text, sentenceGlueEdits(text));
const tidy = (text: string) => applyEdits(text, whitespaceEdits(text));

describe(sentenceGlueEdits.name, () => {
  it.each([
    ['officials said Monday.A four-day operation', 'officials said Monday. A four-day operation'],
    ['terrorist fighters.”The action', 'terrorist fighters.” The action'],
    ['videos etc.”One of the group’s', 'videos etc.” One of the group’s'],
    ['was it?Nobody knew', 'was it? Nobody knew'],
    ['said Monday.“We will', 'said Monday. “We will'],
  ])('splits "%s"', (input, expected) => {
    expect(glue(input)).toBe(expected);
  });

  it('inserts exactly one space per boundary, reason sentence-split', () => {
    const edits = sentenceGlueEdits('One.Two.Three');
    expect(edits).toEqual([
      { start: 4, end: 4, inserted: ' ', reason: 'sentence-split' },
      { start: 8, end: 8, inserted: ' ', reason: 'sentence-split' },
    ]);
  });

  it.each([
    'the U.S.Army said',
    'at 9 a.m.Local time',
    'e.g.Google',
    'began Nov.Twenty',
    'Dec.Second',
    'St.Louis',
    'rose 2.5 percent',
    'visit europol.europa.eu today',
    'visit Example.Com today',
    'J.K.Rowling',
    'J.Smith',
  ])('leaves "%s" alone', (input) => {
    expect(sentenceGlueEdits(input)).toEqual([]);
  });

  it('treats a straight quote after a period as closing only when a quote is open', () => {
    expect(glue('He said "stop."The end')).toBe('He said "stop." The end');
    expect(glue('It ended."Stop" he said')).toBe('It ended. "Stop" he said');
  });
});

describe(whitespaceEdits.name, () => {
  it('trims the text and every line', () => {
    expect(tidy('\n\t\t\tHeadline\t\t\t\nBody  \nMore\u00a0')).toBe('Headline\nBody\nMore');
  });

  it('collapses three or more newlines to one paragraph break', () => {
    expect(tidy('One.\n\n\n\nTwo.\n \n \nThree.')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('keeps single line breaks and paragraph breaks', () => {
    expect(whitespaceEdits('One.\nTwo.\n\nThree.')).toEqual([]);
  });

  it('collapses runs of spaces inside a line but keeps a lone no-break space', () => {
    expect(tidy('Europe.”\u00a0 said\u00a0Rob')).toBe('Europe.” said\u00a0Rob');
  });

  it('keeps edits minimal', () => {
    expect(whitespaceEdits('A\n\n\nB')).toEqual([{ start: 3, end: 4, inserted: '', reason: 'whitespace' }]);
  });
});
