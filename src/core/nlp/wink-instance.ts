import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export type WinkNlp = ReturnType<typeof winkNLP>;
type Pipe = 'sbd' | 'pos';

/**
 * Texts an instance reads before a fresh one replaces it. wink-nlp adds every token its model
 * lacks (names, numbers, rare words) to the instance's own copy of the lexicon, for as long as
 * the instance lives: the news corpus of `bench:ingest` grew the heap by 34 MB over 16,700
 * articles, and a bot reading news for weeks would keep every name it ever met. A fresh instance
 * takes ~80 ms to build; at this many texts (paragraphs, for sentence splitting) that is a few
 * thousand articles apart. Annotations do not depend on what an instance has read before.
 */
export const TEXTS_PER_INSTANCE = 20_000;

/** Instances with only the annotations asked for (every pipe costs time on every text it reads). */
export function createWinkInstances(textsPerInstance = TEXTS_PER_INSTANCE) {
  const instances = new Map<Pipe, { nlp: WinkNlp; texts: number }>();
  /** The instance to read one text with (call once per text). */
  return (pipe: Pipe): WinkNlp => {
    let instance = instances.get(pipe);
    if (!instance || instance.texts >= textsPerInstance) {
      instance = { nlp: winkNLP(model, [pipe]), texts: 0 };
      instances.set(pipe, instance);
    }
    instance.texts += 1;
    return instance.nlp;
  };
}

/** The process's instances, built on first use (loading the model takes ~80 ms). */
export const winkWith = createWinkInstances();
