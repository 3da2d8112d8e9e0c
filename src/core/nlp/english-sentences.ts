import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import type { Span } from './text-spans.js';

type WinkNlp = ReturnType<typeof winkNLP>;
let nlp: WinkNlp | undefined;

// Loading the model takes ~100 ms, so it is done once, on first use. Only sentence boundaries are
// asked for: the other annotations cost time and the analysis does not use them.
function winkInstance(): WinkNlp {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/** Sentences of one English paragraph (wink-nlp), with offsets in the article's text. */
export function englishSentences(paragraph: Span): Span[] {
  const doc = winkInstance().readDoc(paragraph.text);
  const spans: Span[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const text = sentence.out().trim();
    const at = paragraph.text.indexOf(text, cursor);
    if (text === '' || at < 0) return;
    spans.push({ start: paragraph.start + at, end: paragraph.start + at + text.length, text });
    cursor = at + text.length;
  });
  return spans.length > 0 ? spans : [paragraph];
}
