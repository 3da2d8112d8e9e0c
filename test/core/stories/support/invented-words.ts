/** Invented words and names from a seeded generator: the same reports on every run. */
export function inventedWords(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const word = () =>
    Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
  const name = () => {
    const w = word();
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return { random, word, name };
}
