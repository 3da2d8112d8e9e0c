import { readFile } from 'node:fs/promises';
import { type ActorGazetteer, parseActorGazetteer } from './actor-gazetteer.js';

/** The default gazetteer file is missing or invalid: the bot cannot tell actors apart without it. */
export class GazetteerLoadError extends Error {
  override readonly name = 'GazetteerLoadError';
}

// From src/core/nlp (tsx, vitest) the package root is three levels up; from the build output
// dist/src/core/nlp it is four.
const CANDIDATES = ['../../../config/actors.yaml', '../../../../config/actors.yaml'];

/** Reads and validates config/actors.yaml from the package root (source or dist layout). */
export async function loadDefaultGazetteer(): Promise<ActorGazetteer> {
  let lastError: unknown;
  for (const candidate of CANDIDATES) {
    let text: string;
    try {
      text = await readFile(new URL(candidate, import.meta.url), 'utf8');
    } catch (error) {
      lastError = error;
      continue;
    }
    const parsed = parseActorGazetteer(text);
    if (parsed.ok) return parsed.gazetteer;
    const listed = parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new GazetteerLoadError(`config/actors.yaml is invalid: ${listed}`);
  }
  throw new GazetteerLoadError('config/actors.yaml not found beside the package', { cause: lastError });
}
