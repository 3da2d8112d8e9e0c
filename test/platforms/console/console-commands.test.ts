import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureWorld, type FixtureWorld } from '../../fixtures/commands/fixture-world.js';
import { runConsole } from './run-console.js';

let world: FixtureWorld;

beforeAll(async () => {
  world = await createFixtureWorld(async (url) => ({ ok: false, error: `no preview in this test (${url})` }));
});
afterAll(async () => world.close());

const ask = (...lines: string[]) => runConsole(world.services, lines);

describe('reading commands in the console', () => {
  it('prints help with every command and marks the admin ones', async () => {
    const out = await ask('help');
    expect(out).toContain('/positions [actor] [story]');
    expect(out).toContain('/schedule set <when> [timezone]');
    expect(out).toContain('/watch add <keyword>');
    expect(out).toMatch(/\/feeds status\n\s+Failing and paused feeds \(admins\)/);
  });

  it('shows what the story timeline looks like, copies collapsed as also reported by', async () => {
    const out = await ask('/story liaison office tokyo');
    console.log(out);
    expect(out).toContain('NATO weighs first Asian liaison office in Tokyo');
  });
});
