import type { ActorMatcher } from './actor-matcher.js';
import type { AnalysedStatement } from './article-analysis.js';
import { type ResolvedSpeaker, UNKNOWN_SPEAKER } from './resolve-speaker.js';
import { NOT_OFFICIAL } from './speaker-words.js';
import { findCues } from './stance-cues.js';
import { type Span, splitParagraphs } from './text-spans.js';

const OPENERS = '「『';
const CLOSERS = '」』';
const SPEECH =
  '(?:述べ|語っ|語り|強調|指摘|説明|話し|表明|批判|主張|訴え|明らかにし|発表|答え|記し|反論|警告|呼びかけ|求め|示し|付け加え|述べ)';
// 「…」と林外相は述べた: the speaker comes after the quotation particle.
const SPEAKER_AFTER = new RegExp(
  `^と(?:、)?([^、。「」『』]{1,30}?)(?:氏|さん)?(?:は|が)[^。「」]*?${SPEECH}`,
);
const VERB_AFTER = new RegExp(`^と(?:、)?[^。「」]{0,30}?${SPEECH}`);
const TITLES =
  /(?:首相|総理|外相|外務大臣|防衛相|官房長官|報道官|大使|事務総長|大統領|国務長官|国防長官|長官|主席|外務次官|副報道官|副報道局長|報道局長|高官|当局者|側近|幹部)$/;

// Sentence openers that are not part of the topic (これに対し中国外務省の報道官は → 中国外務省の報道官).
const CONNECTIVES = /^(?:これに対し(?:て)?|一方(?:で)?|また|さらに|その上で|これについて|同日|この日)[、,]?/;
// 「…」。防衛省幹部はこう述べた。: the speaker is named in the next sentence.
const SPEAKER_NEXT = new RegExp(`^([^、。「」『』]{1,30}?)(?:氏|さん)?(?:は|が)(?:こう|このように)${SPEECH}`);

// The subject right before the quote, allowing a date between it and the quote (林外相は１０日、「…」).
const NEAREST_SUBJECT =
  /(?:^|[、,])([^、。「」『』\s]{1,20}?)(?:氏|さん)?(?:が|は)(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?|同日|きょう)?[、,]?$/;

interface Quote {
  start: number;
  end: number;
  close: number | null;
}

/** Sentences on 。！？ outside brackets, so a quote with several sentences stays in one. */
export function japaneseSentences(paragraph: Span): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = 0;
  const text = paragraph.text;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (OPENERS.includes(ch)) depth += 1;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？'.includes(ch)) {
      spans.push(slice(paragraph, from, i + 1));
      from = i + 1;
    }
  }
  if (text.slice(from).trim() !== '') spans.push(slice(paragraph, from, text.length));
  return spans.filter((span) => span.text.trim() !== '');
}

/** Quotes in 「」 and 『』 (nested ones belong to the outer quote) with speakers, and reported positions. */
export function analyseJapanese(text: string, matcher: ActorMatcher): AnalysedStatement[] {
  const statements: AnalysedStatement[] = [];
  let last: { who: ResolvedSpeaker; paragraph: number } | null = null;
  splitParagraphs(text).forEach((paragraph, index) => {
    const sentences = japaneseSentences(paragraph);
    for (const [position, sentence] of sentences.entries()) {
      const quotes = findJapaneseQuotes(sentence);
      if (quotes.length === 0) {
        const topic = resolveJapanese(topicOf(sentence.text), matcher);
        const { polarity, cues } = findCues(sentence.text);
        if (topic.actor && polarity !== 'none') {
          statements.push({
            text: sentence.text,
            quote: false,
            ...topic,
            polarity,
            cues,
            sentence: sentence.text,
          });
        }
        continue;
      }
      const topic = topicOf(text.slice(sentence.start, quotes[0]?.start ?? sentence.start));
      for (const [k, quote] of quotes.entries()) {
        const after = quote.close === null ? '' : text.slice(quote.close + 1, sentence.end);
        const next = sentences[position + 1]?.text ?? '';
        // 上川外相は、中国が「…」と主張…: the subject right before the quote is its speaker.
        const from = k === 0 ? sentence.start : (quotes[k - 1]?.end ?? sentence.start) + 1;
        const nearest = NEAREST_SUBJECT.exec(text.slice(from, quote.start - 1))?.[1];
        const named = SPEAKER_AFTER.exec(after)?.[1] ?? nearest ?? topic ?? SPEAKER_NEXT.exec(next)?.[1];
        let who = named ? resolveJapanese(named, matcher) : null;
        if (!who && last && index - last.paragraph <= 1 && VERB_AFTER.test(after)) who = last.who;
        who ??= UNKNOWN_SPEAKER;
        if (who.speaker) last = { who, paragraph: index };
        const words = text.slice(quote.start, quote.end);
        const { polarity, cues } = findCues(`${words} ${after}`);
        statements.push({ text: words, quote: true, ...who, polarity, cues, sentence: sentence.text });
      }
    }
  });
  return statements;
}

function findJapaneseQuotes(sentence: Span): Quote[] {
  const quotes: Quote[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < sentence.text.length; i += 1) {
    const ch = sentence.text[i] ?? '';
    if (OPENERS.includes(ch)) {
      if (depth === 0) open = i;
      depth += 1;
    } else if (CLOSERS.includes(ch) && depth > 0) {
      depth -= 1;
      if (depth === 0)
        quotes.push({ start: sentence.start + open + 1, end: sentence.start + i, close: sentence.start + i });
    }
  }
  // A quote left open runs to the end of its sentence (closing mark missing).
  if (depth > 0)
    quotes.push({
      start: sentence.start + open + 1,
      end: sentence.start + trimEnd(sentence.text),
      close: null,
    });
  return quotes.filter((quote) => quote.end > quote.start);
}

/**
 * The topic of a clause: the words before は ("林芳正外相は記者会見で" → 林芳正外相), else before
 * が. は marks the sentence's topic; a が may sit in a clause about something else ("ＮＡＴＯが
 * 東京に事務所を開設する構想について、林外相は…" is Hayashi speaking, not NATO).
 */
function topicOf(clause: string): string | null {
  const parts = clause.replace(CONNECTIVES, '').split('、');
  for (const particle of ['は', 'が']) {
    for (const part of parts) {
      const found = new RegExp(`^([^「」『』]{1,30}?)(?:氏|さん)?${particle}`).exec(part.trim());
      if (found?.[1]) return found[1];
    }
  }
  return null;
}

function resolveJapanese(phrase: string | null, matcher: ActorMatcher): ResolvedSpeaker {
  if (!phrase) return UNKNOWN_SPEAKER;
  // 駐米大使 is Japan's ambassador in the US: the actor after 駐 is where the speaker works.
  // 元外交官 (a former diplomat) or 研究者 (a researcher) does not speak for a government.
  if (NOT_OFFICIAL.test(phrase)) return { speaker: phrase, speakerTitle: null, actor: null };
  const mentions = matcher.mentions(phrase).filter((m) => phrase[m.start - 1] !== '駐');
  const person = mentions.map((m) => matcher.person(m.alias)).find((found) => found !== undefined);
  const actors = new Set(mentions.map((m) => m.actor));
  const actor = person?.actor ?? (actors.size === 1 ? ([...actors][0] ?? null) : null);
  // The listed person's title only when the phrase is that person (not マクロン大統領の側近).
  const isPerson = mentions.some((m) => matcher.person(m.alias) && phrase.endsWith(m.alias));
  const title = TITLES.exec(phrase)?.[0] ?? (isPerson ? (person?.title ?? null) : null);
  return { speaker: phrase, speakerTitle: title, actor };
}

function slice(paragraph: Span, from: number, to: number): Span {
  const raw = paragraph.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: paragraph.start + from + lead, end: paragraph.start + from + lead + text.length, text };
}

function trimEnd(text: string): number {
  return text.replace(/[。\s]+$/, '').length;
}
