import { allMatches } from '../text/all-matches.js';
import { escapeRegExp, type TextTest } from './compile-term.js';
import lexicon from './lexicons/japanese-country-abbreviations.json' with { type: 'json' };

/**
 * Japanese reports name countries by one-character abbreviations in compounds: 日米首脳会談 (a
 * Japan-US summit), 日英伊 (Japan, Britain and Italy), 日NATO, and after a relation prefix: 訪日
 * (a visit to Japan), 在日米軍 (US forces in Japan), 対中 (towards China). A report on the
 * Quad's 日米豪印 names Japan without ever writing 日本. The abbreviations and prefixes are the
 * press's (lexicons/japanese-country-abbreviations.json, with its source).
 */

const members = [
  ...lexicon.abbreviations.map((entry) => ({ token: entry.char, actor: entry.actor })),
  ...lexicon.latinMembers.map((entry) => ({ token: entry.name, actor: entry.actor })),
];
const member = `(?:${members.map((entry) => escapeRegExp(entry.token)).join('|')})`;

/**
 * Two or more abbreviations in a row, not inside a longer word: after a digit 日 is a day ("20日米
 * 国務省は" is "the State Department said on the 20th"), after a kanji or katakana it belongs to
 * that word (本日中, 毎日). The press's compounds follow a particle, punctuation or a line start.
 */
const COMPOUND = new RegExp(
  `(?<![\\p{N}\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Latin}ー])${member}{2,}`,
  'gu',
);
const MEMBER = new RegExp(member, 'gu');

/** A test for the actor's country written by its abbreviation, or null when it has none. */
export function countryAbbreviationTest(actor: string): TextTest | null {
  const token = members.find((entry) => entry.actor === actor)?.token;
  if (token === undefined) return null;
  const afterPrefix = new RegExp(`[${lexicon.relationPrefixes.join('')}]${escapeRegExp(token)}`, 'u');
  return (text) => {
    // Compounds are Japanese: one of Latin members only ("NATO EU") is not one.
    if (!text.hasCjk) return false;
    if (afterPrefix.test(text.folded)) return true;
    for (const compound of allMatches(COMPOUND, text.folded))
      if (allMatches(MEMBER, compound[0]).some((found) => found[0] === token)) return true;
    return false;
  };
}
