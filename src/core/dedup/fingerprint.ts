import { createHash } from 'node:crypto';
import type { DedupCandidate } from '../ingest/ingest-ports.js';
import type { DedupOptions } from './dedup-options.js';
import { minhashSignature } from './minhash.js';
import { charsOf, shingleSequence, shingleSet, shinglesByCharacter, tokensOf, wordsOf } from './shingles.js';
import { stripBoilerplate } from './strip-boilerplate.js';

/** What duplicate detection keeps of one article. */
export interface Fingerprint {
  id: string;
  /** publishedAt in epoch milliseconds. */
  time: number;
  /** Distinct shingle hashes of the text without boilerplate, sorted. */
  shingles: Uint32Array;
  /** MinHash signature of `shingles`; empty when the text is too short to shingle. */
  signature: Uint32Array;
  /** The text's first shingles in order: a teaser cut from the start shares them. */
  lead: Uint32Array;
  /** Word pairs (character pairs for unspaced scripts) of the title followed by the text's opening. */
  titleLead: Uint32Array;
  /** Hash of the normalized title, to find copies of items too short to shingle. */
  titleKey: string;
  /** Hash of the normalized text, or null when the text is too short to identify anything. */
  textKey: string | null;
}

/** Shortest normalized text (in characters) whose hash is trusted as an exact key. */
const MIN_TEXT_KEY_CHARS = 80;
/** The opening compared with the title: about one sentence. */
const LEAD_WORDS = 30;
const LEAD_CHARS = 60;

export function fingerprintOf(candidate: DedupCandidate, options: DedupOptions): Fingerprint {
  const body = stripBoilerplate(candidate.text);
  const byCharacter = shinglesByCharacter(body, candidate.language);
  const tokens = tokensOf(body, candidate.language);
  const sequence = shingleSequence(tokens, byCharacter ? options.charShingle : options.wordShingle);
  const shingles = shingleSet(sequence);
  const joiner = byCharacter ? '' : ' ';
  const titleTokens = byCharacter ? [...charsOf(candidate.title)] : wordsOf(candidate.title);
  const normalized = tokens.join(joiner);
  return {
    id: candidate.id,
    time: Date.parse(candidate.publishedAt),
    shingles,
    signature:
      shingles.length >= options.minShingles
        ? minhashSignature(shingles, options.hashes)
        : new Uint32Array(0),
    lead: sequence.slice(0, options.leadKeys),
    titleLead: shingleSet(
      shingleSequence([...titleTokens, ...tokens.slice(0, byCharacter ? LEAD_CHARS : LEAD_WORDS)], 2),
    ),
    titleKey: digest(titleTokens.join(joiner)),
    textKey: normalized.length >= MIN_TEXT_KEY_CHARS ? digest(normalized) : null,
  };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
