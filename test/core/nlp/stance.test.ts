import { describe, expect, it } from 'vitest';
import lexicon from '../../../src/core/nlp/lexicons/stance-cues.json' with { type: 'json' };
import { findCues, polarityOf } from '../../../src/core/nlp/stance-cues.js';

const polarity = (text: string) => findCues(text).polarity;

describe('stance cues', () => {
  it('reads the language of diplomatic statements in English', () => {
    expect(polarity('The State Department hailed the accord as a milestone.')).toBe('support');
    expect(polarity('Canberra said it strongly endorses the arrangement.')).toBe('support');
    expect(polarity('Beijing has lodged solemn representations with Seoul.')).toBe('oppose');
    expect(polarity('This is a wrong and dangerous path for the region.')).toBe('oppose');
    expect(polarity('We urge the parties to abandon such plans.')).toBe('oppose');
    expect(polarity('Officials voiced serious concerns about the deployment.')).toBe('oppose');
    expect(polarity('The risk has been exaggerated by some analysts.')).toBe('doubt');
    expect(polarity('The minister declined to comment on the talks.')).toBe('neutral');
    expect(polarity('The ship sailed on Tuesday.')).toBe('none');
  });

  it('reads the language of diplomatic statements in Japanese', () => {
    expect(polarity('政府は協定の署名を歓迎した')).toBe('support');
    expect(polarity('防衛協力の強化を支持する')).toBe('support');
    expect(polarity('外務省は大使館に強く抗議した')).toBe('oppose');
    expect(polarity('地域の安定に深刻な懸念を表明した')).toBe('oppose');
    expect(polarity('詳細については回答を控えた')).toBe('neutral');
  });

  it('reads a negated cue as its opposite, and keeps words that only look negative', () => {
    expect(findCues('Seoul does not support the proposal.')).toEqual({
      polarity: 'oppose',
      cues: ['not support'],
    });
    expect(polarity('Wellington will never accept a base on its soil.')).toBe('oppose');
    expect(polarity('The government no longer opposes the plan.')).toBe('support');
    expect(polarity('Paris raised no objection this time.')).toBe('support');
    expect(polarity('We not only welcome the step, we will fund it.')).toBe('support');
    expect(polarity('There is no doubt about it.')).toBe('none');
    expect(polarity('豪政府は計画に反対しない考えだ')).toBe('support');
    expect(polarity('その案は支持できない')).toBe('oppose');
  });

  it('as much for as against is mixed, never a guess either way', () => {
    expect(polarity('They welcome the talks but oppose the base.')).toBe('mixed');
    expect(polarityOf(['support', 'oppose'])).toBe('mixed');
    expect(polarityOf(['oppose', 'oppose', 'doubt'])).toBe('oppose');
    expect(polarityOf(['oppose', 'doubt'])).toBe('doubt');
    expect(polarityOf(['doubt'])).toBe('doubt');
    expect(polarityOf(['neutral'])).toBe('neutral');
    expect(polarityOf([])).toBe('none');
  });

  it('the lexicon names its source and holds no phrase lifted from our fixtures', () => {
    expect(lexicon.source).toMatch(/No entry is taken from a fixture/);
    const all = [...lexicon.phrases, ...lexicon.words].map((entry) => entry.cue).join('|');
    for (const lifted of [
      '大きくなりすぎ',
      '調整を進め',
      'closer alignment',
      'already in discussions',
      'not actively',
    ])
      expect(all).not.toContain(lifted);
  });
});
