import { describe, expect, it } from 'vitest';
import { chooseSlackMode } from '../../../src/platforms/slack/choose-slack-mode.js';

describe('choosing how to connect to Slack', () => {
  it('is off when no Slack variable is set', () => {
    expect(chooseSlackMode({ PATH: '/usr/bin' })).toEqual({ mode: 'disabled' });
  });

  it('uses HTTP with a bot token and a signing secret', () => {
    expect(chooseSlackMode({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret' })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's3cret',
    });
  });

  it('uses Socket Mode when an app-level token is set, and adds the slash the API URL needs', () => {
    expect(
      chooseSlackMode({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
      }),
    ).toEqual({ mode: 'socket', botToken: 'xoxb-1', appToken: 'xapp-1', apiUrl: 'http://127.0.0.1:9/api/' });
  });

  it('lists what is missing or malformed in an incomplete set', () => {
    expect(chooseSlackMode({ SLACK_SIGNING_SECRET: 's3cret' })).toEqual({
      mode: 'invalid',
      problems: [
        'SLACK_BOT_TOKEN is not set. HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN.',
      ],
    });
    expect(chooseSlackMode({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatchObject({
      mode: 'invalid',
      problems: [expect.stringContaining('Set SLACK_SIGNING_SECRET or SLACK_APP_TOKEN.')],
    });
    expect(
      chooseSlackMode({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xoxb-2', SLACK_API_URL: 'ftp://x' }),
    ).toEqual({
      mode: 'invalid',
      problems: [
        'SLACK_BOT_TOKEN must be a bot token (xoxb-…).',
        'SLACK_APP_TOKEN must be an app-level token (xapp-…).',
        'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/.',
      ],
    });
  });

  it('treats blank variables as unset', () => {
    expect(chooseSlackMode({ SLACK_BOT_TOKEN: ' ', SLACK_SIGNING_SECRET: '' })).toEqual({ mode: 'disabled' });
  });

  it('listens on SLACK_PORT, else on PORT as hosting platforms set it', () => {
    const http = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret' };
    expect(chooseSlackMode({ ...http, PORT: '8080' })).toMatchObject({ mode: 'http', port: 8080 });
    expect(chooseSlackMode({ ...http, PORT: '8080', SLACK_PORT: '3100' })).toMatchObject({ port: 3100 });
    expect(chooseSlackMode({ ...http, PORT: 'eighty' })).toEqual({
      mode: 'invalid',
      problems: ['PORT must be a port number from 0 to 65535.'],
    });
    expect(chooseSlackMode({ ...http, SLACK_PORT: '70000' })).toMatchObject({
      problems: ['SLACK_PORT must be a port number from 0 to 65535.'],
    });
  });
});
