/** An unpaired UTF-16 surrogate: JavaScript strings may hold one, UTF-8 and jsonb cannot. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** PostgreSQL text cannot hold U+0000, and jsonb (the audit trail) refuses unpaired surrogates. */
export const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * Text read from a document (a page's title or author) as a field can store it, or undefined when
 * nothing visible is left: unpaired surrogates dropped; replacement characters, control characters (NUL
 * among them) and runs of white space turned into one space, trimmed. A request's own fields are
 * refused for these instead (the API's json-guard); a page's metadata is the page's, so it is read
 * without them.
 */
export function storableText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value
    .replace(LONE_SURROGATES, '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\uFFFD\u0000-\u001F\u007F\s]+/g, ' ')
    .trim();
  return /[^\s\p{Cf}]/u.test(cleaned) ? cleaned : undefined;
}
