import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../../src/core/logging/logger.js';
import type { Reply } from '../../../src/core/reply/reply.js';
import { createSlackMessenger } from '../../../src/platforms/slack/slack-messenger.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack/fake-slack-api.js';

let api: FakeSlackApi;

beforeAll(async () => {
  api = await startFakeSlackApi();
});
afterAll(async () => {
  await api.close();
});

const digest: Reply = {
  title: 'Evening digest',
  sections: [{ items: [{ text: 'Japan and NATO sign a cyber pact', url: 'https://news.example/a/9' }] }],
  ephemeral: true,
};

/** A messenger on a real WebClient pointed at the fake, with waits recorded instead of slept. */
function setUp(adminUserIds: string[] = ['UADMIN1', 'UADMIN2']) {
  const waits: number[] = [];
  const logs: string[] = [];
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  const messenger = createSlackMessenger(client, {
    adminUserIds,
    logger: createJsonLogger((line) => logs.push(line)),
    baseDelayMs: 10,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { messenger, waits, logs };
}

function postsTo(channel: string) {
  return api.calls('chat.postMessage').filter((call) => call.body.channel === channel);
}

describe('the Slack digest messenger', () => {
  it('posts a digest with chat.postMessage, in the channel, without link previews', async () => {
    const { messenger } = setUp();
    const result = await messenger.post('CNEWS', digest);
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    const [call] = postsTo('CNEWS');
    expect(call?.body).toMatchObject({
      channel: 'CNEWS',
      text: 'Evening digest',
      unfurl_links: 'false',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Evening digest', emoji: true } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '• <https://news.example/a/9|Japan and NATO sign a cyber pact>',
            verbatim: true,
          },
        },
      ],
    });
  });

  it('reports not_in_channel as forbidden, and the admins can then be told by DM', async () => {
    const { messenger } = setUp();
    api.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const result = await messenger.post('CPRIVATE', digest);
    expect(result).toEqual({ ok: false, reason: 'forbidden', message: 'not_in_channel' });
    expect(postsTo('CPRIVATE')).toHaveLength(1);

    await messenger.notifyAdmins('T1', {
      title: 'Digest paused',
      text: 'I am not in #private any more: invite me back and resume the subscription.',
      sections: [],
      ephemeral: true,
    });
    for (const admin of ['UADMIN1', 'UADMIN2']) {
      const [dm] = postsTo(admin);
      expect(dm?.body.text).toBe('Digest paused');
      expect(JSON.stringify(dm?.body.blocks)).toContain('invite me back');
    }
  });

  it('reports channel_not_found as not-found without retrying', async () => {
    const { messenger, waits } = setUp();
    api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    expect(await messenger.post('CGONE', digest)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(postsTo('CGONE')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('waits as long as a 429 Retry-After asks, then delivers', async () => {
    const { messenger, waits } = setUp();
    api.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '2' },
      body: { ok: false, error: 'ratelimited' },
    });
    const result = await messenger.post('CBUSY', digest);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([2000]);
    expect(postsTo('CBUSY')).toHaveLength(2);
  });

  it('backs off on 5xx answers, doubling the wait, and delivers when Slack recovers', async () => {
    const { messenger, waits } = setUp();
    api.script('chat.postMessage', { status: 503, body: 'upstream down' }, { status: 500, body: 'oops' });
    expect((await messenger.post('CFLAKY', digest)).ok).toBe(true);
    expect(waits).toEqual([10, 20]);
    expect(postsTo('CFLAKY')).toHaveLength(3);
  });

  it('gives up after four attempts and says the platform is unavailable', async () => {
    const { messenger } = setUp();
    const down = { status: 502, body: 'bad gateway' };
    api.script('chat.postMessage', down, down, down, down);
    expect(await messenger.post('CDOWN', digest)).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'HTTP 502 after 4 attempts',
    });
    expect(postsTo('CDOWN')).toHaveLength(4);
  });

  it('does not wait out a Retry-After longer than a minute: the delivery is reported rate-limited', async () => {
    const { messenger, waits } = setUp();
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '600' }, body: { ok: false } });
    expect(await messenger.post('CHOT', digest)).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(waits).toEqual([]);
  });

  it('logs, without throwing, when an admin cannot be reached', async () => {
    const { messenger, logs } = setUp(['UGONE']);
    api.script('chat.postMessage', { body: { ok: false, error: 'user_not_found' } });
    await expect(messenger.notifyAdmins('T1', digest)).resolves.toBeUndefined();
    expect(logs.some((line) => line.includes('could not DM a Slack admin') && line.includes('UGONE'))).toBe(
      true,
    );
  });

  it('warns when no admin is configured to be told', async () => {
    const { messenger, logs } = setUp([]);
    await messenger.notifyAdmins('T1', digest);
    expect(logs.some((line) => line.includes('no Slack admin ids configured'))).toBe(true);
  });
});
