import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of this project's own feed fixtures (never /work/shared). */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/feeds/', import.meta.url));

/** A fixture's bytes, exactly as committed. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(`${fixturesDir}${name}`);
}

/** A UTF-8 fixture as text. */
export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}
