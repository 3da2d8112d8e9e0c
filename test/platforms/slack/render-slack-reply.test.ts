import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply/reply.js';
import { renderSlackReply } from '../../../src/platforms/slack/render-slack-reply.js';
import type { SlackBlock } from '../../../src/platforms/slack/slack-blocks.js';

/** Every text a person could see in the blocks of a message. */
function texts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'divider') return [];
    if (block.type === 'context') return block.elements.map((element) => element.text);
    if ('fields' in block) return block.fields.map((field) => field.text);
    return [block.text.text];
  });
}

const words = (count: number, word = 'ceasefire') => Array.from({ length: count }, () => word).join(' ');

describe('rendering a reply as Block Kit', () => {
  it('escapes feed text everywhere, so <!channel>, <@U…> and stray tags stay inert', () => {
    const hostile = '<!channel> <!here> <!everyone> <@U123> Tom & Jerry <script>';
    const reply: Reply = {
      title: hostile,
      text: hostile,
      sections: [
        {
          heading: hostile,
          text: hostile,
          items: [{ text: hostile, url: 'https://news.example/x', detail: hostile }],
          quotes: [
            {
              text: hostile,
              speaker: hostile,
              speakerTitle: hostile,
              source: hostile,
              url: 'https://news.example/q',
            },
          ],
          fields: [{ label: hostile, value: hostile }],
        },
      ],
      footer: hostile,
      ephemeral: false,
    };
    const [message] = renderSlackReply(reply);
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/<!|<@|<script>|& /);
    expect(message?.text).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; Tom &amp; Jerry &lt;script&gt;',
    );
    expect(texts(message?.blocks ?? []).every((text) => text.includes('&lt;!channel&gt;'))).toBe(true);
  });

  it('links only http(s) URLs from the model, with the label escaped and no way to end the link early', () => {
    const [message] = renderSlackReply({
      sections: [
        {
          items: [
            { text: 'Safe <b>', url: 'https://news.example/a?x=1&y=2' },
            { text: 'Script', url: 'javascript:alert(1)' },
            { text: 'Pipe', url: 'https://news.example/a|<!channel>' },
          ],
        },
      ],
      ephemeral: false,
    });
    const [text] = texts(message?.blocks ?? []);
    expect(text).toBe(
      '• <https://news.example/a?x=1&amp;y=2|Safe &lt;b&gt;>\n• Script\n• <https://news.example/a%7C%3C!channel%3E|Pipe>',
    );
  });

  it('keeps headers within 150 characters and sections within 3000, cutting at words', () => {
    const [message] = renderSlackReply({
      title: words(40),
      text: words(800),
      sections: [],
      ephemeral: false,
    });
    const [header, ...sections] = message?.blocks ?? [];
    expect(header?.type).toBe('header');
    const title = texts([header as SlackBlock])[0] ?? '';
    expect(title.length).toBeLessThanOrEqual(150);
    expect(title).toMatch(/^(ceasefire )+ceasefire…$/);
    expect(sections.length).toBeGreaterThan(1);
    for (const text of texts(sections)) {
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).toMatch(/^ceasefire( ceasefire)*$/);
    }
    // Nothing of a long paragraph is lost: it continues in the next section.
    expect(texts(sections).join(' ').split(' ')).toHaveLength(800);
  });

  it('stays within 3000 characters even when escaping lengthens the text', () => {
    const [message] = renderSlackReply({ text: words(900, 'R&D'), sections: [], ephemeral: false });
    const shown = texts(message?.blocks ?? []);
    for (const text of shown) expect(text.length).toBeLessThanOrEqual(3000);
    expect(shown.join(' ').split(' ')).toHaveLength(900);
  });

  it('splits an answer of more than 50 blocks into further messages, each with a fallback text', () => {
    const sections = Array.from({ length: 70 }, (_, n) => ({
      heading: `Story ${n + 1}`,
      fields: [{ label: 'Outlets', value: `${n}` }],
    }));
    const messages = renderSlackReply({ title: 'Week in review', sections, ephemeral: false, footer: 'end' });
    expect(messages.map((message) => message.blocks.length)).toEqual([50, 50, 42]);
    expect(messages.map((message) => message.text)).toEqual([
      'Week in review',
      'Week in review (continued)',
      'Week in review (continued)',
    ]);
    expect(texts(messages[2]?.blocks ?? []).at(-1)).toBe('end');
  });

  it('past three messages, truncates with a marker saying how much is left out', () => {
    const sections = Array.from({ length: 100 }, (_, n) => ({
      heading: `Story ${n + 1}`,
      fields: [{ label: 'n', value: `${n}` }],
    }));
    const messages = renderSlackReply({ sections, ephemeral: false });
    expect(messages).toHaveLength(3);
    expect(messages.every((message) => message.blocks.length <= 50)).toBe(true);
    expect(texts(messages[2]?.blocks ?? []).at(-1)).toBe(
      '… 51 more parts not shown: narrow the question to see them.',
    );
  });

  it('shows errors ephemerally with a warning sign', () => {
    const [message] = renderSlackReply({
      title: 'Cannot do that',
      text: 'No story "x".',
      sections: [],
      ephemeral: true,
      tone: 'error',
    });
    expect(message?.response_type).toBe('ephemeral');
    expect(message?.text).toBe('⚠️ Cannot do that');
    expect(message?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':warning: Cannot do that', emoji: true },
    });
  });

  it('renders an empty reply as a short message rather than an empty block list Slack would refuse', () => {
    const [message] = renderSlackReply({ sections: [], ephemeral: false });
    expect(message?.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'News', verbatim: true } },
    ]);
  });
});
