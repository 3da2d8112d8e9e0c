import type { ActorMatcher, KnownPerson } from './actor-matcher.js';
import { COUNTRY_ABBREVIATIONS, type JapaneseTitle, TITLES } from './japanese-lexicon.js';
import type { Morpheme } from './japanese-morphology.js';
import type { NounPhrase } from './japanese-noun-phrase.js';
import { type ResolvedSpeaker, UNKNOWN_SPEAKER } from './resolve-speaker.js';
import { NOT_OFFICIAL } from './speaker-words.js';

/**
 * Gives a speaker's noun phrase its actor, through the person it names when it names one. The
 * speaker stays the phrase as the article writes it (林外相, 中国外務省の毛寧副報道局長), so a
 * reader sees the article's own words and the phrase is an exact substring of the text:
 * - a listed person by a Japanese name in the gazetteer (林芳正, 毛寧報道官 → 毛寧, 林外相);
 * - a listed person by a Japanese name in the gazetteer (林芳正, 毛寧報道官 → 毛寧, 林外相);
 * - a title form, surname + title (上川大臣, 林外相), through the gazetteer: the people whose
 *   Japanese name starts with the surname, kept only if the title fits theirs, and only if one is left;
 * - otherwise the one actor the phrase names (中国外務省の報道官, マクロン仏大統領の側近), or none.
 * A former official or a scholar speaks for no one; a phrase naming a person of one actor and a
 * body of another gets no actor (unknown before wrong).
 */
export function resolveJapaneseSpeaker(
  source: string,
  phrase: NounPhrase,
  matcher: ActorMatcher,
): ResolvedSpeaker {
  const words = withoutHonorific(phrase.words);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return UNKNOWN_SPEAKER;
  const text = source.slice(first.start, last.start + last.surface.length);
  if (NOT_OFFICIAL.test(text)) return { speaker: text, speakerTitle: null, actor: null };
  const headStart = words.findLastIndex((w) => w.surface === 'の' && w.pos === '助詞') + 1;
  const head = words.slice(headStart);
  const title = titleOf(head);
  let name = head.slice(0, head.length - (title?.words ?? 0));
  const country = name.length > 1 ? COUNTRY_ABBREVIATIONS.get(name.at(-1)?.surface ?? '') : undefined;
  if (country) name = name.slice(0, -1);
  const person = personOf(join(head), join(name), title?.title ?? null, isName(name), matcher);
  const context = `${join(words.slice(0, headStart))}${country ?? ''}`;
  const others = actorsIn(context, matcher);
  if (person) {
    const conflict = [...others].some((actor) => actor !== person.actor);
    if (conflict) return { speaker: text, speakerTitle: title?.title.ja ?? null, actor: null };
    return { speaker: text, speakerTitle: title?.title.ja ?? person.title, actor: person.actor };
  }
  const actors = new Set([...others, ...actorsIn(join(head), matcher)]);
  const actor = actors.size === 1 ? ([...actors][0] ?? null) : null;
  return { speaker: text, speakerTitle: title?.title.ja ?? null, actor };
}

const HONORIFICS = new Set(['氏', 'さん', '様', '君']);

function withoutHonorific(words: readonly Morpheme[]): readonly Morpheme[] {
  const last = words.at(-1);
  return last && words.length > 1 && HONORIFICS.has(last.surface) ? words.slice(0, -1) : words;
}

// The longest title the phrase ends with, on word boundaries (報道 + 官 is 報道官, 副 + 首相 leaves 副).
function titleOf(head: readonly Morpheme[]): { title: JapaneseTitle; words: number } | null {
  for (const title of TITLES) {
    let length = 0;
    for (let k = head.length - 1; k >= 0 && length < title.ja.length; k -= 1) {
      length += head[k]?.surface.length ?? 0;
      const words = head.length - k;
      if (length === title.ja.length && join(head.slice(k)) === title.ja) return { title, words };
    }
  }
  return null;
}

function personOf(
  headText: string,
  name: string,
  title: JapaneseTitle | null,
  nameLike: boolean,
  matcher: ActorMatcher,
): KnownPerson | undefined {
  const exact = matcher.person(headText) ?? (name ? matcher.person(name) : undefined);
  if (exact || !nameLike) return exact;
  const fits = (person: KnownPerson) =>
    !title || title.en.some((words) => person.title?.toLowerCase().includes(words));
  const candidates = matcher.japanesePeople(name).filter(fits);
  return candidates.length === 1 ? candidates[0] : undefined;
}

// A surname as the analyser sees one: proper nouns (people's names), or katakana it does not know.
function isName(words: readonly Morpheme[]): boolean {
  return (
    words.length > 0 &&
    words.every(
      (w) =>
        w.pos === '名詞' && (w.posDetail.includes('人名') || /^[\p{Script=Katakana}ー・]+$/u.test(w.surface)),
    )
  );
}

// Actors named in a phrase, except a country after 駐 (駐米大使 works in the US, not for it).
function actorsIn(text: string, matcher: ActorMatcher): Set<string> {
  return new Set(
    matcher
      .mentions(text)
      .filter((m) => text[m.start - 1] !== '駐')
      .map((m) => m.actor),
  );
}

function join(words: readonly Morpheme[]): string {
  return words.map((w) => w.surface).join('');
}
