import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply/reply.js';
import {
  type DiscordMessage,
  renderDiscordReply,
} from '../../../src/platforms/discord/render-discord-reply.js';

function embedChars(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields
  );
}

/** Every limit Discord enforces on a message of embeds. */
function expectWithinLimits(messages: DiscordMessage[]): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(10);
    expect(message.embeds.reduce((sum, embed) => sum + embedChars(embed), 0)).toBeLessThanOrEqual(6000);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(256);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(1024);
      }
    }
  }
}

const words = (count: number, word = 'alliance') =>
  Array.from({ length: count }, (_, n) => `${word}${n}`).join(' ');

describe('rendering a reply as Discord embeds', () => {
  it('keeps a short reply in one embed: title, link, text, fields and footer', () => {
    const [message, ...rest] = renderDiscordReply({
      title: 'Japan on the Tokyo office',
      url: 'https://news.example/stories/1',
      text: 'Tokyo welcomed the plan.',
      sections: [{ heading: 'Japan', fields: [{ label: 'Stance', value: 'supportive' }] }],
      footer: '2 outlets',
      ephemeral: false,
    });
    expect(rest).toEqual([]);
    expect(message).toEqual({
      ephemeral: false,
      embeds: [
        {
          color: expect.any(Number),
          title: 'Japan on the Tokyo office',
          url: 'https://news.example/stories/1',
          description: 'Tokyo welcomed the plan.\n**Japan**',
          fields: [{ name: 'Stance', value: 'supportive', inline: true }],
          footer: { text: '2 outlets' },
        },
      ],
    });
  });

  it('splits a 20 000-character text at word boundaries into messages within every limit', () => {
    const text = words(1600);
    const messages = renderDiscordReply({ title: 'Long', text, sections: [], ephemeral: false });
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    const shown = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join(' ');
    expect(shown.split(/\s+/)).toEqual(text.split(' '));
  });

  it('starts a new embed after 25 fields and keeps text after fields below them', () => {
    const fields = Array.from({ length: 30 }, (_, n) => ({ label: `Actor ${n}`, value: 'opposed' }));
    const [message] = renderDiscordReply({
      sections: [{ fields }, { heading: 'Afterwards', text: 'More coverage.' }],
      ephemeral: false,
    });
    expect(message?.embeds.map((embed) => embed.fields?.length ?? 0)).toEqual([25, 5, 0]);
    expect(message?.embeds[2]?.description).toBe('**Afterwards**\nMore coverage.');
  });

  it('caps titles and field values with a marker, never mid-word, and fills empty fields', () => {
    const [message] = renderDiscordReply({
      title: words(60, 'headline'),
      sections: [{ fields: [{ label: '', value: words(300, 'quote') }] }],
      ephemeral: false,
    });
    const [embed] = message?.embeds ?? [];
    expectWithinLimits(message === undefined ? [] : [message]);
    expect(embed?.title).toMatch(/headline\d+…$/);
    expect(embed?.fields?.[0]).toMatchObject({ name: '\u200b' });
    expect(embed?.fields?.[0]?.value).toMatch(/quote\d+…$/);
  });

  it('stops after five messages and says how much was left out', () => {
    const sections = Array.from({ length: 400 }, (_, n) => ({ heading: `Story ${n}`, text: words(40) }));
    const messages = renderDiscordReply({ title: 'Everything', sections, footer: 'end', ephemeral: true });
    expect(messages).toHaveLength(5);
    expectWithinLimits(messages);
    expect(messages.every((message) => message.ephemeral)).toBe(true);
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toMatch(/^… \d+ more parts not shown/);
  });

  it('never sends what Discord would refuse: an empty title, a title link that is not http(s)', () => {
    const [blank] = renderDiscordReply({
      title: '  ',
      url: 'https://news.example/',
      sections: [],
      ephemeral: false,
    });
    expect(blank?.embeds).toEqual([{ color: expect.any(Number), description: '(no answer)' }]);
    const [odd] = renderDiscordReply({ title: 'Story', url: 'not a url', sections: [], ephemeral: false });
    expect(odd?.embeds[0]).not.toHaveProperty('url');
    const [spaced] = renderDiscordReply({
      title: 'Story',
      url: 'https://news.example/a b',
      sections: [],
      ephemeral: false,
    });
    expect(spaced?.embeds[0]?.url).toBe('https://news.example/a%20b');
  });

  it('marks errors in red with a warning sign', () => {
    const [message] = renderDiscordReply({
      title: 'Cannot do that',
      text: 'No such story.',
      sections: [],
      ephemeral: true,
      tone: 'error',
    } satisfies Reply);
    expect(message?.embeds[0]).toMatchObject({ color: 0xd13b3b, title: '⚠️ Cannot do that' });
  });

  it('shows quotes with speaker and source link, and drops links that are not http(s)', () => {
    const [message] = renderDiscordReply({
      sections: [
        {
          quotes: [
            {
              text: 'Line one\nline two',
              speaker: null,
              source: 'Wire (Tokyo)',
              url: 'https://news.example/a/(1)',
            },
          ],
          items: [{ text: 'Click me', url: 'javascript:alert(1)' }],
        },
      ],
      ephemeral: false,
    });
    expect(message?.embeds[0]?.description).toBe(
      '• Click me\n> “Line one\n> line two”\n> — Unattributed · [Wire (Tokyo)](https://news.example/a/%281%29)',
    );
  });
});
