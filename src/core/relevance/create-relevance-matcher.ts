import type { Language } from '../articles/article.js';
import type { RelevanceVerdict } from '../ingest/ingest-ports.js';
import { type ActorAliases, noActorAliases } from './actor-aliases.js';
import { compileTerm, foldForMatching, type MatchableText, matchableText } from './compile-term.js';
import type { WatchedKeywords } from './relevance-schema.js';

/** What the matcher looks at: the item's title and plain text. */
export interface RelevanceInput {
  title: string;
  text: string;
  language: Language;
}

export type RelevanceMatcher = (item: RelevanceInput) => RelevanceVerdict;

interface CompiledKeyword {
  term: string;
  test: (text: MatchableText) => boolean;
  companions: string[];
  companionTests: ((text: MatchableText) => boolean)[];
}

/**
 * Compiles watched keywords once into a matcher. An exclusion vetoes; a keyword with companions
 * counts only when one of them occurs too; a keyword naming a followed actor also matches the
 * actor's people and demonyms (`aliases`, actor-aliases.ts). The verdict names what matched, or
 * says in words why nothing did, so an item stored as not relevant can be explained later.
 */
export function createRelevanceMatcher(
  watched: WatchedKeywords,
  aliases: ActorAliases = noActorAliases,
): RelevanceMatcher {
  const keywords: CompiledKeyword[] = watched.keywords.map((keyword) => ({
    term: keyword.term,
    test: anyOf([compileTerm(keyword.term), ...aliases(keyword.term)]),
    companions: keyword.requiresAny ?? [],
    companionTests: (keyword.requiresAny ?? []).map(compileTerm),
  }));
  const exclusions = (watched.exclude ?? []).map((term) => ({ term, test: compileTerm(term) }));
  return (item) => {
    const text = matchableText(`${item.title}\n${item.text}`);
    const excludedBy = exclusions.find((exclusion) => exclusion.test(text));
    if (excludedBy) return { relevant: false, matched: [], reason: `excluded by '${excludedBy.term}'` };
    const matched: string[] = [];
    const lonely: CompiledKeyword[] = [];
    for (const keyword of keywords) {
      if (!keyword.test(text)) continue;
      if (keyword.companionTests.length === 0 || keyword.companionTests.some((test) => test(text))) {
        // "ＮＡＴＯ" and "NATO" are one term once folded: list it once.
        if (!matched.some((term) => sameTerm(term, keyword.term))) matched.push(keyword.term);
      } else {
        lonely.push(keyword);
      }
    }
    if (matched.length > 0) return { relevant: true, matched, reason: null };
    return { relevant: false, matched: [], reason: explainLonely(lonely) };
  };
}

function anyOf(tests: ((text: MatchableText) => boolean)[]): (text: MatchableText) => boolean {
  return tests.length === 1 && tests[0] ? tests[0] : (text) => tests.some((test) => test(text));
}

function explainLonely(lonely: readonly CompiledKeyword[]): string {
  if (lonely.length === 0) return 'no watched keyword matched';
  return lonely
    .map(
      (keyword) =>
        `'${keyword.term}' matched but none of its companion terms (${listSome(keyword.companions)})`,
    )
    .join('; ');
}

function listSome(terms: readonly string[]): string {
  const shown = terms.slice(0, 3).join(', ');
  return terms.length > 3 ? `${shown}, …` : shown;
}

function sameTerm(a: string, b: string): boolean {
  return foldForMatching(a).toLowerCase() === foldForMatching(b).toLowerCase();
}
