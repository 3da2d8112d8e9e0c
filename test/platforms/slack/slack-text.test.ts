import { describe, expect, it } from 'vitest';
import { escapeSlackText, slackLink } from '../../../src/platforms/slack/slack-text.js';

describe('escaping feed text for mrkdwn', () => {
  it('turns formatting marks at word edges into look-alikes Slack never pairs', () => {
    expect(escapeSlackText('NATO *summit* _alert_ ~draft~ `code`')).toBe(
      'NATO \u2217summit\u2217 \u02cdalert\u02cd \u223cdraft\u223c \u02cbcode\u02cb',
    );
  });

  it('keeps marks inside a word, so story ids and file names can be copied', () => {
    expect(escapeSlackText('Story s_3f1d47dd7b8b in report_final.pdf, 2*3')).toBe(
      'Story s_3f1d47dd7b8b in report_final.pdf, 2*3',
    );
  });

  it('stops a block quote at the start of any line, and `<...>` markup anywhere', () => {
    expect(escapeSlackText('> first\n  > second a > b <!channel> <@U1>')).toBe(
      '\u02c3 first\n  \u02c3 second a &gt; b &lt;!channel&gt; &lt;@U1&gt;',
    );
  });

  it('unpings spelled-out mass mentions', () => {
    expect(escapeSlackText('@channel @here @everyone @alice')).toBe(
      '@\u200bchannel @\u200bhere @\u200beveryone @alice',
    );
  });

  it('leaves the href of a link as the URL (underscores and all), escaping only its label', () => {
    expect(slackLink('https://x.example/a_b*c', '*Big* news')).toBe(
      '<https://x.example/a_b*c|\u2217Big\u2217 news>',
    );
  });
});
