import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDigest } from '../../../src/core/digest/deliver-digest.js';
import { recoverInterruptedDeliveries } from '../../../src/core/digest/recover-interrupted-deliveries.js';
import type { Subscription } from '../../../src/core/digest/subscription-store.js';
import { silentLogger } from '../../../src/core/logging/logger.js';
import type { KeyValueStore } from '../../../src/core/store/key-value-store.js';
import { openStore } from '../../../src/core/store/open-store.js';
import { createDigestWorld } from '../../fixtures/commands/digest-world.js';
import { createRecordingMessenger, headlinesOf } from '../../fixtures/commands/recording-messenger.js';

const channel = { platform: 'discord' as const, workspaceId: 'guild-1', channelId: 'chan-1' };
let dir: string;
let kv: KeyValueStore;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-deliver-'));
  kv = await openStore({ dataDir: dir });
  clock = new Date('2024-05-12T08:00:00Z');
});
afterEach(async () => {
  await kv.close();
  await rm(dir, { recursive: true, force: true });
});

async function setUp(answers: Parameters<typeof createRecordingMessenger>[0] = []) {
  const recorder = createRecordingMessenger(answers);
  const world = createDigestWorld(kv, recorder.messenger, silentLogger, now);
  await world.subscriptions.set(channel, { cron: '0 8 * * *', timezone: 'UTC' });
  const subscription = async () => (await world.subscriptions.get(channel)) as Subscription;
  return { ...recorder, ...world, subscription };
}

describe('delivering scheduled digests', () => {
  it('posts the new stories most covered first, once per slot, and never a story twice', async () => {
    const w = await setUp();
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    await w.publish('b1', 'NATO opens Tokyo office', '2024-05-11T12:00:00Z', 'office');
    await w.publish('b2', 'Tokyo office draws objections', '2024-05-11T13:00:00Z', 'office');
    const slot = new Date('2024-05-12T08:00:00Z');
    const first = await deliverDigest(w.deps, await w.subscription(), slot);
    expect(first).toMatchObject({ kind: 'sent', storyIds: ['office', 's-a1'] });
    expect(headlinesOf(w.posts[0]?.reply ?? { sections: [], ephemeral: false })).toEqual([
      'NATO opens Tokyo office',
      'AP4 ministers meet in Brussels',
    ]);
    // The same slot again (a second process, or the same tick after a restart) posts nothing.
    expect(await deliverDigest(w.deps, await w.subscription(), slot)).toEqual({
      kind: 'slot-taken',
      status: 'completed',
    });
    clock = new Date('2024-05-13T08:00:00Z');
    await w.publish('b3', 'Office plan: NATO answers critics', '2024-05-12T20:00:00Z', 'office');
    await w.publish('c1', 'IP4 join cyber drill', '2024-05-12T21:00:00Z');
    const next = await deliverDigest(w.deps, await w.subscription(), clock);
    expect(next).toMatchObject({ kind: 'sent', storyIds: ['s-c1'] });
    expect(w.posts).toHaveLength(2);
  });

  it("gives each channel only the stories its workspace's keywords match", async () => {
    const w = await setUp();
    const other = { platform: 'discord' as const, workspaceId: 'guild-2', channelId: 'chan-2' };
    await w.subscriptions.set(other, { cron: '0 8 * * *', timezone: 'UTC' });
    expect(await w.keywords.remove('guild-2', 'AP4')).toBe('removed');
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    await w.publish('c1', 'IP4 join cyber drill', '2024-05-11T21:00:00Z');
    await deliverDigest(w.deps, await w.subscription(), clock);
    await deliverDigest(w.deps, (await w.subscriptions.get(other)) as Subscription, clock);
    expect(w.posts.map((post) => [post.channelId, headlinesOf(post.reply)])).toEqual([
      ['chan-1', ['IP4 join cyber drill', 'AP4 ministers meet in Brussels']],
      ['chan-2', ['IP4 join cyber drill']],
    ]);
  });

  it('still posts a story whose article was published before the last digest but delivered after it', async () => {
    const w = await setUp();
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-12T07:00:00Z');
    await deliverDigest(w.deps, await w.subscription(), clock);
    clock = new Date('2024-05-12T09:00:00Z');
    // Published 07:30, before the 08:00 digest, but the feed only delivered it at 08:45.
    await w.publish('late', 'IP4 join cyber drill', '2024-05-12T07:30:00Z');
    const next = await deliverDigest(w.deps, await w.subscription(), clock);
    expect(next).toMatchObject({ kind: 'sent', storyIds: ['s-late'] });
  });

  it('posts nothing when nothing is new', async () => {
    const w = await setUp();
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toEqual({ kind: 'nothing-new' });
    expect(w.posts).toHaveLength(0);
    expect((await w.subscription()).lastDigestAt).toBe('2024-05-12T08:00:00.000Z');
  });

  it('pauses the subscription and tells the admins when the bot may no longer post', async () => {
    const w = await setUp([{ ok: false, reason: 'forbidden', message: 'Missing Access' }]);
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    const outcome = await deliverDigest(w.deps, await w.subscription(), clock);
    expect(outcome).toEqual({ kind: 'failed', reason: 'forbidden', message: 'Missing Access' });
    const paused = await w.subscription();
    expect(paused.paused).toBe(true);
    expect(paused.pausedReason).toBe('the bot may not post in that channel');
    expect(w.notices).toHaveLength(1);
    expect(w.notices[0]?.workspaceId).toBe('guild-1');
    expect(w.notices[0]?.reply.text).toContain('Digests for the channel below are paused');
    expect(w.notices[0]?.reply.sections).toEqual([
      { fields: [{ label: 'Channel', value: 'chan-1', mention: 'channel' }] },
    ]);
    expect(await deliverDigest(w.deps, paused, new Date('2024-05-12T09:00:00Z'))).toEqual({ kind: 'paused' });
    // Setting the schedule again resumes it, and the story that never went out is still due.
    await w.subscriptions.set(channel, { cron: '0 * * * *', timezone: 'UTC' });
    clock = new Date('2024-05-12T10:00:00Z');
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toMatchObject({
      kind: 'sent',
      storyIds: ['s-a1'],
    });
  });

  it('keeps the stories of a rate-limited digest for the next one', async () => {
    const w = await setUp([{ ok: false, reason: 'rate-limited', message: '429' }]);
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toMatchObject({ kind: 'failed' });
    expect((await w.subscription()).paused).toBe(false);
    clock = new Date('2024-05-12T09:00:00Z');
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toMatchObject({
      kind: 'sent',
      storyIds: ['s-a1'],
    });
  });

  it('drops, and does not repeat, a digest whose send threw: it may have arrived', async () => {
    const w = await setUp();
    w.state.throwError = new Error('socket hang up');
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toEqual({
      kind: 'unknown',
      message: 'socket hang up',
    });
    w.state.throwError = null;
    clock = new Date('2024-05-12T09:00:00Z');
    expect(await deliverDigest(w.deps, await w.subscription(), clock)).toEqual({ kind: 'nothing-new' });
    expect(w.posts).toHaveLength(1);
  });

  it('drops, and never repeats, a digest interrupted between the recorded intent and the send', async () => {
    const w = await setUp();
    w.state.hang = true;
    await w.publish('a1', 'AP4 ministers meet in Brussels', '2024-05-11T10:00:00Z');
    const slot = new Date('2024-05-12T08:00:00Z');
    // The process dies while the platform call is in flight: the promise never settles.
    void deliverDigest(w.deps, await w.subscription(), slot);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.posts).toHaveLength(1);

    // Restart: same store, a new messenger. Too-recent intents are left to their process...
    const restarted = await setUp();
    clock = new Date('2024-05-12T08:01:00Z');
    const recover = () =>
      recoverInterruptedDeliveries({ kv, now, logger: silentLogger, staleAfterMs: 10 * 60_000 });
    expect(await recover()).toEqual([]);
    // ...older ones are dropped.
    clock = new Date('2024-05-12T08:30:00Z');
    expect(await recover()).toEqual(['slot:discord:chan-1:2024-05-12T08:00:00.000Z']);
    expect(await deliverDigest(restarted.deps, await restarted.subscription(), slot)).toEqual({
      kind: 'slot-taken',
      status: 'dropped',
    });
    clock = new Date('2024-05-13T08:00:00Z');
    await restarted.publish('c1', 'IP4 join cyber drill', '2024-05-12T21:00:00Z');
    const next = await deliverDigest(restarted.deps, await restarted.subscription(), clock);
    expect(next).toMatchObject({ kind: 'sent', storyIds: ['s-c1'] });
    expect(restarted.posts.map((post) => headlinesOf(post.reply))).toEqual([['IP4 join cyber drill']]);
    // A month on, the finished slot records are pruned at start-up; the posted stories stay posted.
    clock = new Date('2024-06-20T08:00:00Z');
    await recover();
    const slots: string[] = [];
    for await (const key of kv.keys('deliveries')) slots.push(key);
    expect(slots).toEqual([]);
  });
});
