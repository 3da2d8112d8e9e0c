import { TITLE_ABBREVIATIONS } from './speaker-words.js';
import { winkWith } from './wink-instance.js';

const ABBREVIATED = new RegExp(`^(?:\\p{Lu}|${TITLE_ABBREVIATIONS})$`, 'u');

/** A word of an English sentence with its universal part-of-speech tag and offsets in that text. */
export interface TaggedWord {
  text: string;
  /** Universal POS (wink-nlp): NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, ADV, PRON, PUNCT ... */
  pos: string;
  start: number;
  end: number;
}

/** The words of `text` with their part-of-speech tags (wink-eng-lite-web-model). */
export function tagEnglish(text: string): TaggedWord[] {
  // Tagging is asked for only on the few sentences whose quotes no verb of saying attributes, so
  // the splitting of every other sentence stays as cheap as before.
  const nlp = winkWith('pos');
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const words: TaggedWord[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    const last = words.at(-1);
    // "Al-Qasra", "R-Ohio": wink splits at the hyphen; a name is one word again.
    const hyphen = value === '-' || last?.text.endsWith('-');
    // "Adm.", "J.": the stop of an abbreviated title or an initial belongs to it.
    const stop = value === '.' && ABBREVIATED.test(last?.text ?? '');
    if (last && last.end === at && (hyphen || stop) && /\p{L}/u.test(last.text)) {
      last.text += value;
      last.end = at + value.length;
    } else words.push({ text: value, pos: tags[index] ?? 'X', start: at, end: at + value.length });
    cursor = at + value.length;
  });
  return words;
}
