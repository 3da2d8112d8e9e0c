import lexicon from './japanese-speech-lexicon.json' with { type: 'json' };

/**
 * The Japanese speech lexicon (japanese-speech-lexicon.json, with its source): reporting verbs,
 * titles, country abbreviations and pointer words, as sets ready for lookups.
 */

/** Dictionary forms of verbs that report speech (述べる, 強調する, 明らかにする, とする). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(lexicon.reportingVerbs.verbs);

/** Adverbs before a reporting verb that point to the quote in the next sentence (次のように). */
export const FORWARD_POINTERS: readonly string[] = lexicon.followingSpeech.forward;
/** Adverbs before a reporting verb that point to the quote in the sentence before (こう). */
export const BACKWARD_POINTERS: readonly string[] = lexicon.followingSpeech.backward;

/** A Japanese title and the words of the English titles it is compatible with. */
export interface JapaneseTitle {
  ja: string;
  en: readonly string[];
}

/** Titles, longest first, so 外務大臣 wins over 大臣. */
export const TITLES: readonly JapaneseTitle[] = Object.entries(lexicon.titles.forms)
  .map(([ja, en]) => ({ ja, en }))
  .sort((a, b) => b.ja.length - a.ja.length);

/** One-character country names (仏, 米) and the full names the gazetteer knows (フランス, 米国). */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(lexicon.countryAbbreviations.forms),
);

/** Pronouns that point back to the last named speaker. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(lexicon.personalPronouns.forms);
