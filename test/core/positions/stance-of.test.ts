import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../../src/core/positions/stance-of.js';

describe('adding statements up to a stance', () => {
  it('nothing said, or nothing leaning, is unknown or noncommittal', () => {
    expect(stanceOf([])).toBe('unknown');
    expect(stanceOf([{}, {}])).toBe('unknown');
    expect(stanceOf([{ neutral: 1 }, {}])).toBe('noncommittal');
  });

  it('equal evidence both ways is mixed: a tie never goes to opposed', () => {
    expect(stanceOf([{ support: 1 }, { oppose: 1 }])).toBe('mixed');
    expect(stanceOf([{ support: 1, oppose: 1 }])).toBe('mixed');
    expect(stanceOf([{ support: 1 }, { doubt: 1 }])).toBe('mixed');
  });

  it('one side at least twice the other wins', () => {
    expect(stanceOf([{ support: 1 }, { support: 1 }, { oppose: 1 }])).toBe('supportive');
    expect(stanceOf([{ oppose: 1 }, { oppose: 1 }, { support: 1 }])).toBe('opposed');
    expect(stanceOf([{ support: 1, neutral: 1 }])).toBe('supportive');
  });

  it('against the subject with as much doubt as opposition is skeptical, the weaker claim', () => {
    expect(stanceOf([{ doubt: 1 }, { oppose: 1 }])).toBe('skeptical');
    expect(stanceOf([{ doubt: 1 }, { oppose: 1 }, { oppose: 1 }])).toBe('opposed');
  });

  it('a presumed cue weighs half of one that names the subject', () => {
    expect(stanceOf([{ support: 0.5 }, { doubt: 1 }, { doubt: 1 }])).toBe('skeptical');
    expect(stanceOf([{ support: 0.5 }, { oppose: 0.5 }])).toBe('mixed');
  });
});
