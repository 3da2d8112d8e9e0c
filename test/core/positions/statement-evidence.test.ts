import { beforeAll, describe, expect, it } from 'vitest';
import { type ActorMatcher, compileActorMatcher } from '../../../src/core/nlp/actor-matcher.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';
import { evidenceOf } from '../../../src/core/positions/statement-evidence.js';
import { storySubject, topicSubject } from '../../../src/core/positions/story-subject.js';

let matcher: ActorMatcher;
beforeAll(async () => {
  matcher = compileActorMatcher(await loadDefaultGazetteer());
});

const pact = () =>
  storySubject(
    'Japan and Australia sign reciprocal access pact',
    [
      'Tokyo and Canberra signed a reciprocal access pact on Friday.',
      'The access pact lets forces train together.',
    ],
    matcher,
  );

describe('cues count only where they concern the story’s subject', () => {
  it('a framing clause about something else does not turn a supportive quote into opposition', () => {
    const sentence =
      'Tokyo firmly opposes any unilateral attempt to change the status quo by force, and "this pact is a milestone for our partnership," Hayashi said.';
    const evidence = evidenceOf(
      { text: 'this pact is a milestone for our partnership,', quote: true, sentence },
      pact(),
      matcher,
    );
    expect(evidence.vote).toEqual({ support: 1 });
    expect(evidence.cues).toEqual(['a milestone']);
  });

  it('a cue whose clause names the subject, or refers back to it, counts in full', () => {
    const named = 'Beijing lodged solemn representations over the access pact.';
    expect(evidenceOf({ text: named, quote: false, sentence: named }, pact(), matcher).vote).toEqual({
      oppose: 1,
    });
    const referred = 'Wellington said it would not oppose the move.';
    expect(evidenceOf({ text: referred, quote: false, sentence: referred }, pact(), matcher).vote).toEqual({
      support: 1,
    });
  });

  it('words that never name the subject count at half weight; naming it elsewhere drops them', () => {
    const alone = '"We strongly oppose unilateral attempts to change borders," she said.';
    expect(
      evidenceOf(
        { text: 'We strongly oppose unilateral attempts to change borders,', quote: true, sentence: alone },
        pact(),
        matcher,
      ).vote,
    ).toEqual({ oppose: 0.5 });
    const both = 'We oppose unilateral attempts to change borders, but we welcome the pact.';
    expect(evidenceOf({ text: both, quote: false, sentence: both }, pact(), matcher).vote).toEqual({
      support: 1,
    });
  });

  it('reads Japanese clauses the same way', () => {
    const subject = storySubject(
      '日豪が円滑化協定に署名',
      ['日本とオーストラリアは円滑化協定に署名した。'],
      matcher,
    );
    const sentence = '中国外務省は同協定に強く抗議した。';
    expect(evidenceOf({ text: sentence, quote: false, sentence }, subject, matcher).vote).toEqual({
      oppose: 1,
    });
  });

  it('a topic’s words are its subject, without the actor names in them', () => {
    const subject = topicSubject('Japan liaison office', matcher);
    expect([...subject.terms].filter((term) => !term.startsWith('~'))).toEqual(['liaison', 'office']);
  });
});
