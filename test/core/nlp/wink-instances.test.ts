import { describe, expect, it } from 'vitest';
import { createWinkInstances } from '../../../src/core/nlp/wink-instance.js';

const tags = (nlp: ReturnType<ReturnType<typeof createWinkInstances>>, text: string) => {
  const doc = nlp.readDoc(text);
  return doc.tokens().out(nlp.its.pos);
};

describe('wink-nlp instances', () => {
  it('are replaced by fresh ones after a number of texts, each pipe counted apart; tags are unchanged', () => {
    const instanceFor = createWinkInstances(3);
    const text = 'Qorvandel Ystrith told reporters in Brusk that the alliance would meet again.';
    const first = instanceFor('pos');
    const before = tags(first, text);
    expect(instanceFor('pos')).toBe(first);
    expect(instanceFor('pos')).toBe(first);
    // The sentence splitter is an instance of its own, counted apart.
    expect(instanceFor('sbd')).not.toBe(first);
    const fresh = instanceFor('pos');
    expect(fresh).not.toBe(first);
    expect(tags(fresh, text)).toEqual(before);
    expect(before).toContain('PROPN');
  });
});
