import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminInputLimits, cleanAdminInput } from '../../../src/core/settings/admin-input.js';
import { createWorkspaceKeywords } from '../../../src/core/settings/workspace-keywords.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { createFixtureWorld, type FixtureWorld } from '../../fixtures/commands/fixture-world.js';
import { runConsole } from '../../platforms/console/run-console.js';

describe('cleanAdminInput', () => {
  it('trims and strips control and bidi characters', () => {
    expect(cleanAdminInput('  \u202EAUKUS\u200B\u0007 ', 'keyword', 100)).toBe('AUKUS');
  });

  it('refuses input over the limit, giving its length rather than echoing it', () => {
    const run = () => cleanAdminInput('x'.repeat(100_000), 'keyword', 100);
    expect(run).toThrow('The keyword is 100,000 characters long; the limit is 100. Nothing was changed.');
  });

  it('counts the length after stripping, so invisible padding does not count', () => {
    expect(cleanAdminInput(`${'\u200B'.repeat(500)}NATO`, 'keyword', 10)).toBe('NATO');
  });
});

describe('the keyword count limit', () => {
  it('refuses a keyword past the limit and keeps the list as it was', async () => {
    const keywords = createWorkspaceKeywords(createMemoryKeyValueStore(), { keywords: [] });
    for (let index = 0; index < adminInputLimits.keywordsPerWorkspace; index++) {
      expect(await keywords.add('w1', `term ${index}`)).toBe('added');
    }
    expect(await keywords.add('w1', 'one more')).toBe('too-many');
    expect((await keywords.list('w1')).keywords).toHaveLength(adminInputLimits.keywordsPerWorkspace);
    expect(await keywords.add('w2', 'one more')).toBe('added');
  });
});

describe('admin commands with hostile input, through the console', () => {
  let world: FixtureWorld;
  beforeAll(async () => {
    world = await createFixtureWorld();
  }, 60_000);
  afterAll(() => world.close());
  const ask = (...lines: string[]) => runConsole(world.services, lines);

  it('refuses a 100,000-character keyword with a clear error, and watches nothing new', async () => {
    const before = await world.services.keywords.list('console');
    const out = await ask(`/watch add ${'k'.repeat(100_000)}`);
    expect(out).toContain('The keyword is 100,000 characters long; the limit is 100. Nothing was changed.');
    expect(out).not.toContain('k'.repeat(101));
    expect(await world.services.keywords.list('console')).toEqual(before);
  });

  it('never echoes a right-to-left override back, and stores the keyword without it', async () => {
    const out = await ask('/watch add Tokyo \u202Eeciffo');
    expect(out).toContain('Now watching "Tokyo eciffo"');
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const terms = (await world.services.keywords.list('console')).keywords.map((keyword) => keyword.term);
    expect(terms).toContain('Tokyo eciffo');
  });

  it('refuses an over-long feed URL and schedule without fetching or saving anything', async () => {
    const url = `https://example.org/${'a'.repeat(adminInputLimits.feedUrlLength)}`;
    const out = await ask(`/feeds add ${url}`, `/schedule set ${'0 8 * * * '.repeat(20)}`, '/schedule show');
    expect(out).toContain(
      `The feed URL is ${(url.length).toLocaleString('en')} characters long; the limit is 2,048.`,
    );
    expect(out).toContain('The schedule is 199 characters long; the limit is 100.');
    expect(out).toContain('This channel gets no digests.');
  });
});
