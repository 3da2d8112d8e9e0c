import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/core/nlp/stance-cues.js';
import { stanceOf } from '../../../src/core/positions/stance-of.js';

describe('stance cues and stances', () => {
  it('reads the cue phrases journalists use for positions', () => {
    expect(findCues('The ministry declined to comment on the report.').polarity).toBe('neutral');
    expect(findCues('We will not discuss deliberations among allies.').polarity).toBe('neutral');
    expect(findCues('We are working towards that goal.').polarity).toBe('support');
    expect(findCues('Macron objected to the plan.').polarity).toBe('oppose');
    expect(findCues('The talk was blown way out of proportion.').polarity).toBe('doubt');
    expect(findCues('Beijing called for high vigilance.').polarity).toBe('oppose');
    expect(findCues('連携強化を歓迎する').polarity).toBe('support');
    expect(findCues('東方拡大に反対する').polarity).toBe('oppose');
    expect(findCues('詳細についてはコメントを控える').polarity).toBe('neutral');
    expect(findCues('The weather was fine.').polarity).toBe('none');
  });

  it('a negated cue is read as such', () => {
    expect(findCues('The region does not welcome group confrontation.')).toEqual({
      polarity: 'oppose',
      cues: ['does not welcome', 'group confrontation'],
    });
    expect(findCues('Paris had no objection this time.').polarity).toBe('support');
  });

  it('adds statements up to a stance', () => {
    expect(stanceOf([])).toBe('unknown');
    expect(stanceOf(['none', 'none'])).toBe('unknown');
    expect(stanceOf(['neutral', 'none'])).toBe('noncommittal');
    expect(stanceOf(['support', 'neutral'])).toBe('supportive');
    expect(stanceOf(['oppose', 'oppose', 'support'])).toBe('opposed');
    expect(stanceOf(['oppose', 'support'])).toBe('mixed');
    expect(stanceOf(['doubt', 'support'])).toBe('skeptical');
  });
});
