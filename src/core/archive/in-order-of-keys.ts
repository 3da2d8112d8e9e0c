/**
 * What a key-value `getMany` returns from a `key IN (...)` query, whose rows come in any order:
 * the parsed values in the order asked for, undefined where missing.
 */
export function inOrderOfKeys<T>(
  wanted: readonly string[],
  rows: readonly { key: string; value: string }[],
): (T | undefined)[] {
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  return wanted.map((key) => {
    const raw = byKey.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  });
}
