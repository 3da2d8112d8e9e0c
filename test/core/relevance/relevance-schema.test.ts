import { describe, expect, it } from 'vitest';
import { describeKeyword } from '../../../src/core/relevance/describe-keyword.js';
import { relevanceSchema } from '../../../src/core/relevance/relevance-schema.js';

const problems = (value: unknown) => {
  const result = relevanceSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('relevanceSchema', () => {
  it('accepts keywords with and without companions and exclusions', () => {
    expect(
      relevanceSchema.parse({
        keywords: [{ term: ' NATO ' }, { term: 'Japan', requiresAny: ['defence'] }],
        exclude: ['video game'],
      }),
    ).toEqual({
      keywords: [{ term: 'NATO' }, { term: 'Japan', requiresAny: ['defence'] }],
      exclude: ['video game'],
    });
  });

  it('lists every problem with its path', () => {
    expect(problems({ keywords: [{ term: '' }, { term: 'Japan', requiresAny: [] }], exclude: [3] })).toEqual([
      'keywords.0.term: a keyword term cannot be empty',
      'keywords.1.requiresAny: requiresAny needs at least one companion term (or leave it out)',
      'exclude.0: an excluded term must be text',
    ]);
  });

  it('names a misspelt field instead of ignoring it', () => {
    expect(problems({ keywords: [{ term: 'Japan', requireAny: ['defence'] }] })).toEqual([
      'keywords.0: Unrecognized key: "requireAny"',
    ]);
  });

  it('refuses an empty keyword list', () => {
    expect(problems({ keywords: [] })).toEqual([
      'keywords: at least one watched keyword is needed, or nothing would ever be relevant',
    ]);
  });
});

describe('describeKeyword', () => {
  it('names the companion terms a keyword needs', () => {
    expect(describeKeyword({ term: 'Japan', requiresAny: ['defence', 'security'] })).toBe(
      'Japan (with any of: defence, security)',
    );
    expect(describeKeyword({ term: 'NATO' })).toBe('NATO');
  });
});
