import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliverDeps } from '../../../src/core/digest/create-deliver-deps.js';
import { deliverDigest } from '../../../src/core/digest/deliver-digest.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createStoryStore } from '../../../src/core/stories/story-store.js';
import { createConsoleMessenger } from '../../../src/platforms/console/console-messenger.js';
import { FIXTURE_NOW } from '../../fixtures/commands/fixture-items.js';
import { createFixtureWorld, type FixtureWorld } from '../../fixtures/commands/fixture-world.js';

let world: FixtureWorld;
// Loading the NLP model and ingesting through the real pipeline can take seconds on a busy machine.
beforeAll(async () => {
  world = await createFixtureWorld();
}, 60_000);
afterAll(async () => world.close());

describe('digests in the console', () => {
  it('prints a scheduled digest once, as plain text a person reads, and nothing when nothing is new', async () => {
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const { services, kv } = world;
    const deps = createDeliverDeps({
      kv,
      messenger: createConsoleMessenger(output),
      subscriptions: services.schedules,
      stories: createStoryStore(kv),
      positions: services.positions,
      keywords: services.keywords,
      maxStories: 10,
      now: () => FIXTURE_NOW,
      logger: silentLogger,
    });
    const channel = { platform: 'console' as const, workspaceId: 'console', channelId: 'console' };
    const sub = await services.schedules.set(channel, { cron: '0 9 * * *', timezone: 'UTC' });
    const since = new Date('2024-04-28T00:00:00Z');
    await kv.set('subscriptions', 'console:console', { ...sub, lastDigestAt: since.toISOString() });
    const first = await deliverDigest(deps, (await services.schedules.get(channel)) ?? sub, FIXTURE_NOW);
    expect(first.kind).toBe('sent');
    expect(printed).toContain('News digest: 3 stories');
    expect(printed).toContain(
      '* NATO weighs first Asian liaison office in Tokyo\n  Harbour Times · also reported by 3 outlets',
    );
    expect(printed).toContain('* @everyone <@123> <!channel> IP4 partners join NATO cyber drill');
    expect(printed).toContain('* France: skeptical → opposed');
    const length = printed.length;
    const later = new Date(FIXTURE_NOW.getTime() + 86_400_000);
    const again = await deliverDigest(deps, (await services.schedules.get(channel)) ?? sub, later);
    expect(again).toEqual({ kind: 'nothing-new' });
    expect(printed.length).toBe(length);
  });
});
