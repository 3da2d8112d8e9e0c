/**
 * A poll's items oldest first (items without a date keep their place after the dated ones):
 * stories grow from the first report on, so a backlog polled at once groups as the reports did
 * when they came out one by one.
 */
export function inPublicationOrder<T extends { publishedAt: string }>(items: readonly T[]): T[] {
  const time = (item: T) => {
    const parsed = Date.parse(item.publishedAt);
    return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  };
  return [...items].sort((a, b) => time(a) - time(b));
}
