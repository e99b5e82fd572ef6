/** Invisible format marks (Unicode Cf): zero-width spaces and joiners, direction marks, soft hyphens, the byte-order mark. */
const FORMAT_MARKS = /\p{Cf}/gu;

/** Something to read: a character other than white space and invisible format marks. */
const VISIBLE = /[^\s\p{Cf}]/u;

/** Whether the text holds something a reader would see: "   " or a run of zero-width spaces does not. */
export const hasVisibleText = (text: unknown): text is string => typeof text === 'string' && VISIBLE.test(text);

/** The text as it reads, without the marks that show nothing. */
export const withoutFormatMarks = (text: string): string => text.replace(FORMAT_MARKS, '');
