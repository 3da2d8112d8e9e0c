import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logging/logger.js';
import { createSlackAdminCheck } from '../../../src/platforms/slack/slack-admin-check.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack/fake-slack-api.js';

let api: FakeSlackApi;
beforeAll(async () => {
  api = await startFakeSlackApi();
});
afterAll(async () => {
  await api.close();
});

function setUp() {
  let now = Date.parse('2026-03-01T09:00:00Z');
  const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } });
  const isAdmin = createSlackAdminCheck({
    client,
    adminUserIds: ['UCONFIG'],
    logger: silentLogger,
    now: () => new Date(now),
    ttlMs: 60_000,
  });
  return { isAdmin, advance: (ms: number) => (now += ms) };
}

const lookups = (user: string) => api.calls('users.info').filter((call) => call.body.user === user).length;

describe('who is a Slack admin', () => {
  it('trusts configured admin ids without asking Slack', async () => {
    const { isAdmin } = setUp();
    expect(await isAdmin('T1', 'UCONFIG')).toBe(true);
    expect(lookups('UCONFIG')).toBe(0);
  });

  it('asks users.info once per minute per user, so a demotion takes effect within a minute', async () => {
    const { isAdmin, advance } = setUp();
    api.workspaceAdmins.add('UBOSS');
    expect(await isAdmin('T1', 'UBOSS')).toBe(true);
    api.workspaceAdmins.delete('UBOSS');
    advance(30_000);
    expect(await isAdmin('T1', 'UBOSS')).toBe(true);
    advance(31_000);
    expect(await isAdmin('T1', 'UBOSS')).toBe(false);
    expect(lookups('UBOSS')).toBe(2);
  });

  it('treats a user as a member when users.info fails', async () => {
    const { isAdmin } = setUp();
    api.script('users.info', { body: { ok: false, error: 'missing_scope' } });
    expect(await isAdmin('T1', 'UNOSCOPE')).toBe(false);
  });

  it('asks again after a failed lookup instead of remembering the failure', async () => {
    const { isAdmin } = setUp();
    api.workspaceAdmins.add('UFLAKY');
    api.script('users.info', { status: 503, body: 'down' });
    expect(await isAdmin('T1', 'UFLAKY')).toBe(false);
    expect(await isAdmin('T1', 'UFLAKY')).toBe(true);
    expect(lookups('UFLAKY')).toBe(2);
  });
});
