import { type ActorMatcher, type ActorMention, indexMentions } from './actor-matcher.js';
import type { AnalysedStatement } from './article-analysis.js';
import { clauseSubject } from './clause-subject.js';
import { englishSentences } from './english-sentences.js';
import { findAttributionAfter, findAttributionBefore } from './find-attribution.js';
import { findEnglishQuotes, type QuoteSpan } from './find-english-quotes.js';
import { parseSpeakerAfter, parseSpeakerBefore, type SpeakerPhrase } from './parse-speaker-phrase.js';
import { POSITION_VERB_FORMS } from './reporting-verbs.js';
import type { ResolvedSpeaker } from './resolve-speaker.js';
import { UNKNOWN_SPEAKER } from './resolve-speaker.js';
import { sentenceSubject, subjectOf } from './sentence-subject.js';
import {
  createSpeakerMemory,
  forgetIfOthersNamed,
  recallSpeaker,
  type SpeakerMemory,
} from './speaker-memory.js';
import { SPEECH_VERB, TITLE_ABBREVIATIONS } from './speaker-words.js';
import { findCues } from './stance-cues.js';
import { type Span, spanAt, splitParagraphs } from './text-spans.js';

/** A quote being attributed: its words, the frames around it, and the speaker once known. */
interface PendingQuote {
  span: QuoteSpan;
  end: number;
  before: string;
  after: string;
  sentence: Span;
  who: ResolvedSpeaker | null;
  /** The last quoted speaker when this quote opens its sentence unattributed (used if nothing closer). */
  carry: ResolvedSpeaker | null;
  /** The speaker is only the sentence's subject, not read from an attribution. */
  guessed?: boolean;
}

/** Quotes and reported speech of an English article, each with its speaker when sure. */
export function analyseEnglish(text: string, matcher: ActorMatcher): AnalysedStatement[] {
  const memory = createSpeakerMemory();
  // Actors are found once per article; each sentence takes the mentions inside it from an index.
  const mentionsIn = indexMentions(matcher.mentions(text));
  const items: (AnalysedStatement | PendingQuote)[] = [];
  let runningOn: PendingQuote[] = [];
  let lastSentence = '';
  // Who spoke, or was the subject, in the sentence just read.
  let lastSpeaker: ResolvedSpeaker | null = null;
  // The quotes of the paragraph just read, when it is nothing but quotes (for a signed line after it).
  let quotedParagraph: PendingQuote[] = [];
  splitParagraphs(text).forEach((paragraph, index) => {
    const sentences = englishSentences(paragraph);
    const quotes = frameQuotes(text, paragraph, sentences, findEnglishQuotes(paragraph), matcher.isActorWord);
    // "Marsh continued:" or "... issued the following statement:" ends a paragraph whose next
    // paragraph opens with the quote it announces.
    const intro = lastSentence.trimEnd().endsWith(':') ? lastSentence : null;
    lastSentence = sentences.at(-1)?.text ?? '';
    // `"Great speech. ..."` then a paragraph `—Mayor Okada, tweeting after the speech.`: a
    // dash and a name under a paragraph of quotes is who spoke them.
    const signed = /^[-—–]\s*(?=\p{Lu})/u.exec(paragraph.text);
    const signer = signed
      ? parseSpeakerAfter(paragraph.text.slice(signed[0].length), matcher.isActorWord)
      : null;
    if (signer?.kind === 'named' && quotedParagraph.length > 0) {
      const who = recallSpeaker(signer, memory, index, matcher);
      for (const quote of quotedParagraph) if (!quote.who?.speaker) quote.who = who;
    }
    // The paragraph's reported sentences and quotes, in the order the text gives them: a summary
    // or a list of statements built from them reads "X said ... She added ..." as printed.
    const found: { at: number; item: AnalysedStatement | PendingQuote }[] = [];
    for (const sentence of sentences) {
      const inside = quotes.filter((quote) => spanAt([sentence], quote.span.open));
      inside.forEach((quote, k) => {
        const opensParagraph = text.slice(paragraph.start, quote.span.open).trim() === '';
        const context = { intro: opensParagraph ? intro : null, previous: inside[k - 1], lastSpeaker };
        attribute(text, quote, memory, index, matcher, context);
      });
      const quoted = quotes.some((q) => q.span.open < sentence.end && q.end >= sentence.start);
      // A fragment such as `he asked.` after a quote ending in "?" belongs to that quote.
      const fragment = /^\p{Ll}/u.test(sentence.text);
      const named = mentionsIn(sentence);
      if (quoted) {
        const spoken = inside.map((quote) => quote.who ?? quote.carry).filter((who) => who?.speaker);
        lastSpeaker = spoken.at(-1) ?? (inside.length > 0 ? null : lastSpeaker);
      } else if (!fragment) {
        const said = reported(text, sentence, named, memory, index, matcher);
        found.push(...said.statements.map((item) => ({ at: sentence.start, item })));
        // The person a sentence is about is who a later "he said" means ("Lin disagreed. ... she
        // said"), and who speaks the unattributed quote that opens the next sentence.
        lastSpeaker = said.who?.speaker ? said.who : followSubject(sentence.text, memory, index, matcher);
      }
      forgetIfOthersNamed(named, memory, matcher);
    }
    chainWithinSentences(text, quotes);
    const first = quotes[0];
    const continues =
      first && runningOn.length > 0 && text.slice(paragraph.start, first.span.open).trim() === '';
    if (continues) shareSpeaker([...runningOn, first]);
    for (const quote of quotes) quote.who ??= quote.carry;
    found.push(...quotes.map((item) => ({ at: item.span.open, item })));
    items.push(...found.sort((a, b) => a.at - b.at).map(({ item }) => item));
    quotedParagraph =
      text.slice(paragraph.start, quotes[0]?.span.open ?? paragraph.start).trim() === '' &&
      /^[\s.,!?"“”’]*$/.test(text.slice(quotes.at(-1)?.span.close ?? paragraph.end, paragraph.end).slice(1))
        ? quotes
        : [];
    const last = quotes.at(-1);
    runningOn = last?.span.runsOn ? (continues && first === last ? [...runningOn, last] : [last]) : [];
  });
  return items.map((item) => ('span' in item ? toStatement(text, item) : item));
}

function frameQuotes(
  text: string,
  paragraph: Span,
  sentences: Span[],
  spans: QuoteSpan[],
  isActorWord: ActorMatcher['isActorWord'],
): PendingQuote[] {
  return spans.map((span, k) => {
    const previous = spans[k - 1];
    const next = spans[k + 1];
    const sentence = spanAt(sentences, span.open) ?? paragraph;
    const from = Math.max(sentence.start, previous ? (previous.close ?? previous.end) + 1 : paragraph.start);
    let end = span.end;
    let after = span.close === null ? '' : text.slice(span.close + 1, next ? next.open : paragraph.end);
    const cut = span.close === null ? cutAtAttribution(text.slice(span.start, span.end), isActorWord) : null;
    if (cut) {
      end = span.start + cut.at;
      after = cut.rest;
    }
    const finalMark = /[.!?]$/.test(text.slice(span.start, end));
    if (
      finalMark &&
      /^\s*\p{Lu}/u.test(after) &&
      !attributionOnly(text.slice(span.start, end), after, isActorWord)
    )
      after = '';
    return { span, end, before: text.slice(from, span.open), after, sentence, who: null, carry: null };
  });
}

/**
 * `"Why not?" Dalton asked.` and `"..." Quill said.`: after a question, an exclamation or a final
 * stop, a capital usually opens a new sentence, but a short one that is only a name and a verb of
 * saying attributes the quote before it.
 */
function attributionOnly(words: string, after: string, isActorWord: ActorMatcher['isActorWord']): boolean {
  const verb = FIRST_SPEECH_VERB.exec(after);
  // Ended within three words of its verb ("Quill said on Tuesday."), before any other quote.
  const ends =
    verb !== null &&
    !POSITION_VERB_FORMS.has(verb[0]) &&
    ENDS_SOON.test(after.slice(verb.index + verb[0].length));
  if (!ends && !/[?!]$/.test(words)) return false;
  const phrase = findAttributionAfter(after, isActorWord);
  return phrase?.kind === 'named' || phrase?.kind === 'body';
}

// Without the global flag, so `exec` finds the first verb from the start, compiled once (the alternation is long).
const FIRST_SPEECH_VERB = new RegExp(SPEECH_VERB.source);
const ENDS_SOON = /^(?:\s+[^\s.!?,;:"“”]+){0,3}\s*[.!?](?:\s|$)/;

/**
 * A missing closing mark: the quote ends where an attribution starts ("..., Mao Ning said"), but
 * only one that names a speaker, so a quote that merely contains ", he said we" runs on.
 */
function cutAtAttribution(content: string, isActorWord: ActorMatcher['isActorWord']) {
  for (const comma of content.matchAll(/,\s/g)) {
    const rest = content.slice(comma.index + 1);
    const phrase = findAttributionAfter(rest, isActorWord);
    if (phrase?.kind === 'named' || phrase?.kind === 'body') return { at: comma.index, rest };
  }
  return null;
}

function attribute(
  text: string,
  quote: PendingQuote,
  memory: SpeakerMemory,
  paragraph: number,
  matcher: ActorMatcher,
  context: { intro: string | null; previous: PendingQuote | undefined; lastSpeaker: ResolvedSpeaker | null },
): void {
  const { intro, previous } = context;
  const test = matcher.isActorWord;
  const after = findAttributionAfter(quote.after, test);
  const next = VERB_NEXT.exec(firstClause(quote.after));
  // `" and said it was ...`: a second verb of the sentence's subject, not an attribution.
  const unread =
    !after &&
    next !== null &&
    !/\b(?:and|but|or|then)\s*$/i.test(next[0].slice(0, next[0].length - (next[1]?.length ?? 0)));
  // "Dalton later defended her remarks as being "ironic."": no verb of saying, but the
  // sentence's subject is whose words they are, unless an attribution after the quote says more.
  const attributed =
    after ??
    findAttributionBefore(quote.before, test) ??
    (intro ? introducer(intro, test) : null) ??
    colonName(quote.before, test) ??
    trailingAttribution(quote.after, test);
  // `Okada, Quill said, had served "a lifetime" and signed "dozens of treaties."`: the
  // sentence's earlier quote already has its speaker, which `chainWithinSentences` passes on.
  const found = attributed ?? (unread || previous?.who?.speaker ? null : sentenceSubject(text, quote, test));
  // `Guns are "..." and "...," Ed Pell proclaimed`: the subject is only a guess, which an
  // attribution of another quote of the sentence overrides.
  quote.guessed = !attributed && found !== null;
  // "Dalton said he responded: "..."": a pronoun is the sentence's named subject when it has one
  // (a pronoun that already is the sentence's subject is not read, and tagged, a second time).
  const subject =
    attributed?.kind === 'pronoun' && attributed.person ? sentenceSubject(text, quote, test) : null;
  const phrase = subject?.kind === 'named' ? subject : found;
  quote.who = recallSpeaker(phrase, memory, paragraph, matcher);
  // `," said one of the diplomats who ...`: someone is named, we cannot tell who, so no guessing.
  if (!phrase && unread) quote.who = UNKNOWN_SPEAKER;
  const last = memory.lastQuote;
  const opensSentence = text.slice(quote.sentence.start, quote.span.open).trim() === '';
  // `Hale agreed. "Moderate voters are ..."`: a quote opening its sentence with no
  // attribution is the previous sentence's speaker or subject, else the last quote's speaker.
  // A quote going on into an attribution we could not read ("...," Lund started.) takes neither.
  const whole = /[.!?…]["'’”]?$/.test(text.slice(quote.span.start, quote.end)) || !/\p{L}/u.test(quote.after);
  if (!phrase && opensSentence && whole)
    quote.carry = context.lastSpeaker ?? (last && paragraph - last.paragraph <= 1 ? last.who : null);
  else if (!phrase && opensSentence && last && paragraph - last.paragraph <= 1) quote.carry = last.who;
  if (quote.who && quote.who !== UNKNOWN_SPEAKER) memory.lastQuote = { who: quote.who, paragraph };
}

/** Who announces the quotes of the next paragraph: "Marsh continued:", "Dalton issued this statement:". */
function introducer(sentence: string, test: ActorMatcher['isActorWord']): SpeakerPhrase | null {
  const phrase = findAttributionBefore(sentence.replace(/:\s*$/, ''), test) ?? clauseSubject(sentence, test);
  if (phrase?.kind === 'named' || phrase?.kind === 'body') return phrase;
  return phrase?.kind === 'pronoun' && phrase.person ? phrase : null;
}

const NOT_SPEAKER_BEFORE = new Set([
  'of',
  'about',
  'to',
  'for',
  'with',
  'against',
  'on',
  'by',
  'from',
  'at',
  'in',
]);

/**
 * `... doesn't surprise party pollster Ines Varga: "..."`: a person named right before the
 * colon that opens a quote speaks it (not "of Dalton:", the person spoken about).
 */
function colonName(before: string, test: ActorMatcher['isActorWord']): SpeakerPhrase | null {
  if (!/:\s*$/.test(before)) return null;
  const head = before.replace(/:\s*$/, '');
  const phrase = parseSpeakerBefore(head, false, test);
  if (phrase?.kind !== 'named') return null;
  const previous =
    head.slice(0, head.lastIndexOf(phrase.name)).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return NOT_SPEAKER_BEFORE.has(previous) ? null : phrase;
}

const VERB_NEXT = new RegExp(`^[\\s,]*\\S*(?:\\s+\\S+){0,8}?\\s*(${SPEECH_VERB.source})`);

/**
 * `Okada "..." the harbour plan, Marsh said.` and `..., said Ruth Ferris, a demographer.`:
 * an attribution closing the quote's sentence after a comma, however far from the quote.
 */
function trailingAttribution(after: string, test: ActorMatcher['isActorWord']): SpeakerPhrase | null {
  const sentence = firstClause(after);
  if (sentence.length === after.length && /["“”]/.test(after)) return null;
  const commas = [...sentence.matchAll(/,\s+/g)].reverse();
  for (const comma of commas) {
    const phrase = findAttributionAfter(sentence.slice(comma.index), test);
    if (phrase?.kind === 'named' || phrase?.kind === 'body') return phrase;
  }
  return null;
}

function firstClause(text: string): string {
  return text.split(/(?<!\b\p{Lu})[.!?](?=\s|$)/u)[0] ?? '';
}

// A stop and a capital, but not the stop of "Sen." or "R-S.C." ("said Sen. Ann Corwin, R-S.C. "I ...").
const NEW_SENTENCE = new RegExp(`(?<!\\b(?:\\p{Lu}|${TITLE_ABBREVIATIONS}))[.!?]["”’]?\\s+\\p{Lu}`, 'u');

/** `"A," he said, "B."` and `"A" and "B," Tomita said`: quotes of one sentence share a speaker. */
function chainWithinSentences(text: string, quotes: PendingQuote[]): void {
  const sameSentence = (a: PendingQuote, b: PendingQuote) =>
    !NEW_SENTENCE.test(text.slice(a.end, b.span.open)) && a.sentence === b.sentence;
  const give = (from: PendingQuote, to: PendingQuote) => {
    if (!from.who || !(to.who === null || (to.guessed && !from.guessed && from.who.speaker))) return;
    to.who = from.who;
    to.guessed = from.guessed;
  };
  for (let k = 1; k < quotes.length; k += 1) {
    const [a, b] = [quotes[k - 1], quotes[k]];
    if (a && b && sameSentence(a, b)) give(a, b);
  }
  for (let k = quotes.length - 2; k >= 0; k -= 1) {
    const [a, b] = [quotes[k], quotes[k + 1]];
    if (a && b && sameSentence(a, b)) give(b, a);
  }
}

function shareSpeaker(parts: PendingQuote[]): void {
  const who = parts.find((part) => part.who && part.who !== UNKNOWN_SPEAKER)?.who;
  if (who) for (const part of parts) if (part.who === null || part.who === UNKNOWN_SPEAKER) part.who = who;
}

function toStatement(text: string, quote: PendingQuote): AnalysedStatement {
  const words = text.slice(quote.span.start, quote.end);
  const frame = `${quote.before} ${firstClause(quote.after)}`;
  const { polarity, cues } = findCues(`${words} ${frame}`);
  const who = quote.who ?? UNKNOWN_SPEAKER;
  return { text: words, quote: true, ...who, polarity, cues, sentence: quote.sentence.text };
}

/** "Jones said the talk was blown out of proportion", "France opposed the idea". */
function reported(
  text: string,
  sentence: Span,
  named: readonly ActorMention[],
  memory: SpeakerMemory,
  paragraph: number,
  matcher: ActorMatcher,
): { statements: AnalysedStatement[]; who: ResolvedSpeaker | null } {
  const phrase = findAttributionBefore(sentence.text, matcher.isActorWord, 'first');
  const who = recallSpeaker(phrase, memory, paragraph, matcher);
  if (!who?.actor || anotherActorActs(text, named, who.actor)) return { statements: [], who };
  const { polarity, cues } = findCues(sentence.text);
  const statement = { text: sentence.text, quote: false, ...who, polarity, cues, sentence: sentence.text };
  return { statements: [statement], who };
}

const ACTS =
  /^(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:opposed|objected|rejected|welcomed|supported|backed|condemned|critici[sz]ed|protested|warned|urged|declined|refused)\b/;

/**
 * "U.S. officials said China opposed the plan": the position is China's, the words the US's.
 * Whose stance that is cannot be told from cue phrases, so the sentence is not used.
 */
function anotherActorActs(text: string, named: readonly ActorMention[], actor: string): boolean {
  return named.some(
    (mention) => mention.actor !== actor && ACTS.test(text.slice(mention.end, mention.end + 60)),
  );
}

function followSubject(
  sentence: string,
  memory: SpeakerMemory,
  paragraph: number,
  matcher: ActorMatcher,
): ResolvedSpeaker | null {
  const subject = subjectOf(sentence, matcher.isActorWord);
  return subject?.kind === 'named' ? recallSpeaker(subject, memory, paragraph, matcher) : null;
}
