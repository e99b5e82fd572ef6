/**
 * A lookup table keyed by words read from text: without a prototype, so a word such as "constructor",
 * "toString" or "__proto__" is a missing key like any other, never a property of Object (a table
 * literal answered `VAGUE['constructor']` with the Object function, and reading "Several constructor
 * firms" threw).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
