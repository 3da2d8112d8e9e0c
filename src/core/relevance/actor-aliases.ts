import type { ActorGazetteer } from '../nlp/actor-gazetteer.js';
import { indexPeople } from '../nlp/actor-matcher.js';
import { compileTerm, escapeRegExp, foldForMatching, holdsCjk, type TextTest } from './compile-term.js';
import { countryAbbreviationTest } from './japanese-country-mentions.js';

/**
 * Other ways of naming the followed actor a watched keyword names. A keyword that is an actor's
 * name, metonym or Japanese name ("Japan", "日本", "NATO") also matches:
 * - the actor's people (full names, Japanese names, surnames no other listed person shares) and
 *   demonyms: a report on "Kishida in Kyiv" or "岸田首相" is about Japan although it never writes
 *   the country's name;
 * - its Japanese names from the config (防衛省, 官邸) where they open a word: in a Japanese report
 *   防衛省 is Japan's ministry, while 中国外務省 or ロシア外務省 is another country's;
 * - its country's abbreviation in the Japanese press's compounds (日米, 訪日: see
 *   japanese-country-mentions.ts).
 * English institutions and the metonyms are left out on purpose: "Brussels" or "the alliance"
 * name far more than the actor, and a capital is also a town elsewhere or a person's name
 * ("Wellington"): even with the companions required, capitals let in one more of 3,905 off-beat
 * reports (a US police page naming a Wellington) for one more of our 104 (`npm run
 * eval:relevance`; 0002-stories.md): no gain to change the rule for. The keyword's companions and
 * the exclusions still apply.
 */
export type ActorAliases = (term: string) => readonly TextTest[];

const compiled = new WeakMap<ActorGazetteer, ActorAliases>();

/** Built once per gazetteer: ingest, commands and every digest delivery ask for it. */
export function actorAliasesFrom(gazetteer: ActorGazetteer): ActorAliases {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const aliases = buildActorAliases(gazetteer);
  compiled.set(gazetteer, aliases);
  return aliases;
}

function buildActorAliases(gazetteer: ActorGazetteer): ActorAliases {
  const key = (name: string) => foldForMatching(name).trim().toLowerCase();
  const people = indexPeople(gazetteer);
  const aliasesOf = new Map<string, TextTest[]>();
  for (const [actor, entry] of Object.entries(gazetteer.actors)) {
    const names = [...people].filter(([, person]) => person.actor === actor).map(([name]) => name);
    const abbreviation = countryAbbreviationTest(actor);
    const aliases = [
      ...[...new Set([...names, ...entry.demonyms])].map(compileTerm),
      // Names in the `ja` lists written in Latin letters ("NATO") are the actor's English name again.
      ...entry.ja.filter(holdsCjk).map(japaneseNameAtWordStart),
      ...(abbreviation ? [abbreviation] : []),
    ];
    for (const name of [entry.name, ...entry.metonyms, ...entry.ja]) aliasesOf.set(key(name), aliases);
  }
  return (term) => aliasesOf.get(key(term)) ?? [];
}

/**
 * A Japanese name not preceded by kanji or katakana: Japanese writes a modifier straight before
 * its noun, so a name inside a longer compound (中国外務省, 米政府関係者) is that compound's.
 */
function japaneseNameAtWordStart(name: string): TextTest {
  const escaped = escapeRegExp(foldForMatching(name).trim());
  const pattern = new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ー])${escaped}`, 'iu');
  return (text) => text.hasCjk && pattern.test(text.folded);
}

/** For tests and callers without a gazetteer: keywords match only themselves. */
export const noActorAliases: ActorAliases = () => [];
