import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export type WinkNlp = ReturnType<typeof winkNLP>;
const instances = new Map<string, WinkNlp>();

/**
 * A wink-nlp instance with only the annotations asked for, built once per set on first use
 * (loading the model takes ~100 ms): every pipe costs time on every text it reads.
 */
export function winkWith(pipe: 'sbd' | 'pos'): WinkNlp {
  let nlp = instances.get(pipe);
  if (!nlp) {
    nlp = winkNLP(model, [pipe]);
    instances.set(pipe, nlp);
  }
  return nlp;
}
