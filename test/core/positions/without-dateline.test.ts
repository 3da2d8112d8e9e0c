import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../../src/core/positions/actor-position.js';

describe('summary sentences', () => {
  it('leave out a wire dateline and keep the rest exactly as printed', () => {
    const sentence = "WASHINGTON -- Japan's ambassador said his country is working with NATO on the plan.";
    expect(withoutDateline(sentence)).toBe(
      "Japan's ambassador said his country is working with NATO on the plan.",
    );
    expect(sentence).toContain(withoutDateline(sentence));
    expect(withoutDateline('TOKYO (Kyodo) — The minister said talks continue.')).toBe(
      'The minister said talks continue.',
    );
  });

  it('keep sentences that only start with capitals or a dash in their text', () => {
    expect(withoutDateline('NATO and Japan have a long-standing cooperation.')).toBe(
      'NATO and Japan have a long-standing cooperation.',
    );
    expect(withoutDateline('The US -- and its allies -- disagreed.')).toBe(
      'The US -- and its allies -- disagreed.',
    );
  });
});
