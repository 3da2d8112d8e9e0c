/** "1 outlet", "3 outlets", "2 stories": counts in replies read as English. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
