/**
 * The exclusive upper bound of the keys starting with `prefix`, for a `key >= prefix AND key < bound`
 * range read: the highest code point sorts after every character a key holds, bytewise in UTF-8
 * (SQLite's BINARY and PostgreSQL's "C" collations compare so).
 */
export const afterPrefix = (prefix: string): string => `${prefix}\u{10FFFF}`;

/** Keys already read, as the key-value port's asynchronous listing. */
export async function* listed(keys: readonly string[]): AsyncIterable<string> {
  yield* keys;
}
