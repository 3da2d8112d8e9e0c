import { allMatches } from '../text/all-matches.js';
import type { Polarity } from './article-analysis.js';
import lexicon from './lexicons/stance-cues.json' with { type: 'json' };

/** What a cue says about the thing it concerns. */
export type CueClass = 'support' | 'oppose' | 'doubt' | 'neutral';

/** One cue phrase found in a text, already read through any negation before or after it. */
export interface CueMatch {
  start: number;
  end: number;
  /** The cue as printed, negation included ("does not support"). */
  text: string;
  cueClass: CueClass;
}

interface CompiledCue {
  pattern: RegExp;
  /**
   * The cue without its word boundaries: a superset of `pattern`'s matches, found many times
   * faster (V8 scans a pattern that opens with a lookbehind position by position), so most texts,
   * which hold no cue, are ruled out before `pattern` runs.
   */
  probe: RegExp;
  cueClass: CueClass;
  english: boolean;
}

// Phrases first: a longer phrase masks the words inside it ("no objection" is not "objection").
const CUES: CompiledCue[] = [...lexicon.phrases, ...lexicon.words].map(({ cue, lang, class: cueClass }) => ({
  pattern:
    lang === 'en'
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${cue})(?![\\p{L}\\p{N}])`, 'giu')
      : new RegExp(cue, 'gu'),
  probe: new RegExp(cue, lang === 'en' ? 'iu' : 'u'),
  cueClass: cueClass as CueClass,
  english: lang === 'en',
}));

/** Every cue's probe in one pass: a text it does not match holds no cue. */
const ANY_CUE = new RegExp(CUES.map(({ probe }) => `(?:${probe.source})`).join('|'), 'iu');

const NEGATED_BEFORE = new RegExp(lexicon.negation.en, 'iu');
const NOT_NEGATING = new RegExp(`(?:${lexicon.negation.enNotNegating})\\s*(?:\\w+\\s*){0,2}$`, 'iu');
const NEGATED_AFTER = new RegExp(lexicon.negation.ja, 'u');
/** How far before an English cue a negation may stand ("does not fully support"). */
const NEGATION_REACH = 24;

/** Every cue in a text, in text order, each read through its negation. */
export function findCueMatches(text: string): CueMatch[] {
  const found: CueMatch[] = [];
  if (!ANY_CUE.test(text)) return found;
  for (const { pattern, probe, cueClass, english } of CUES) {
    if (!probe.test(text)) continue;
    for (const m of allMatches(pattern, text)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.end && end > f.start)) continue;
      const read = english ? negatedBefore(text, m.index) : negatedAfter(text, end);
      const negated = read === null ? null : flip(cueClass);
      if (read !== null && negated === null) continue;
      const start = read?.start ?? m.index;
      found.push({
        start,
        end: read?.end ?? end,
        text: text.slice(start, read?.end ?? end),
        cueClass: negated ?? cueClass,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function negatedBefore(text: string, at: number): { start: number; end?: number } | null {
  const before = text.slice(Math.max(0, at - NEGATION_REACH), at);
  const negation = NEGATED_BEFORE.exec(before);
  if (!negation || NOT_NEGATING.test(before)) return null;
  return { start: at - before.length + negation.index };
}

function negatedAfter(text: string, end: number): { start?: number; end: number } | null {
  const negation = NEGATED_AFTER.exec(text.slice(end, end + 8));
  return negation ? { end: end + negation[0].length } : null;
}

/**
 * Not supporting is opposing and not opposing is (weakly) supporting; "no doubt" and declining
 * not to comment say nothing, so those cues are dropped.
 */
function flip(cueClass: CueClass): CueClass | null {
  if (cueClass === 'support') return 'oppose';
  if (cueClass === 'oppose') return 'support';
  return null;
}

/** The cue phrases in a text and the polarity they add up to (see `polarityOf`). */
export function findCues(text: string): { polarity: Polarity; cues: string[] } {
  const matches = findCueMatches(text);
  return { polarity: polarityOf(matches.map((m) => m.cueClass)), cues: matches.map((m) => m.text) };
}

/**
 * The polarity of one statement's cues: the most frequent leaning class; as many for as against
 * is `mixed` (never a guess either way). Neutral wording ("declined to comment") counts only when
 * nothing leans.
 */
export function polarityOf(classes: readonly CueClass[]): Polarity {
  const count = (c: CueClass) => classes.filter((found) => found === c).length;
  const support = count('support');
  const against = count('oppose') + count('doubt');
  if (support + against === 0) return classes.length > 0 ? 'neutral' : 'none';
  if (support === against) return 'mixed';
  if (support > against) return 'support';
  return count('doubt') >= count('oppose') ? 'doubt' : 'oppose';
}
