import lexicon from './lexicons/reporting-verbs.json' with { type: 'json' };

// Verbs that double their last consonant before -ed/-ing (admitted, quipped).
const DOUBLING = new Set(['admit', 'quip', 'snap', 'beg', 'dub', 'refer']);

/** The inflected forms of an English verb a reporter writes: said/says/saying, warned/warns/warning. */
function formsOf(verb: string): string[] {
  const irregular = (lexicon.irregular as Record<string, string[] | undefined>)[verb];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [`${stem}ied`, `${stem}ies`, `${verb}ing`];
  }
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  if (verb.endsWith('ee')) return [`${verb}d`, third, `${verb}ing`];
  if (verb.endsWith('e')) return [`${verb}d`, third, `${verb.slice(0, -1)}ing`];
  const stem = DOUBLING.has(verb) ? `${verb}${verb.at(-1)}` : verb;
  return [`${stem}ed`, third, `${stem}ing`];
}

/** The bare verbs of saying, for "could only quip", "would not say". */
export const REPORTING_VERB_BASES: readonly string[] = [...new Set(lexicon.speech)].sort(
  (a, b) => b.length - a.length,
);

/**
 * Every form of the reporting and position verbs of lexicons/reporting-verbs.json (with its
 * source), as one alternation for the attribution rules.
 */
export const REPORTING_VERB_FORMS: readonly string[] = [
  ...new Set([...lexicon.speech, ...lexicon.position].flatMap(formsOf)),
  // "shot back", "fired back", "lashes out": the particle makes the verb one of saying.
  ...lexicon.phrasal.flatMap((phrase) => {
    const [verb = '', particle = ''] = phrase.split(' ');
    return formsOf(verb).map((form) => `${form} ${particle}`);
  }),
].sort((a, b) => b.length - a.length);

/** Forms of the position verbs alone (supported, opposes): they take an object, so "Quill supported the subsidies." is a sentence of its own, not an attribution. */
export const POSITION_VERB_FORMS: ReadonlySet<string> = new Set(lexicon.position.flatMap(formsOf));
