/**
 * The decoded values of `rows` in the order of `ids`, missing ids left out: what `getMany`-style
 * reads return from a `WHERE id = ANY(...)` query, whose rows come in any order.
 */
export function inOrderOf<T>(
  ids: readonly string[],
  rows: readonly { id: string; value: string }[],
  decode: (value: string) => T,
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row.value]));
  return ids.flatMap((id) => {
    const value = byId.get(id);
    return value === undefined ? [] : [decode(value)];
  });
}
