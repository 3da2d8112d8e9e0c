import { describe, expect, it } from 'vitest';
import {
  discordTextChunks,
  escapeDiscordText,
  fitDiscordText,
} from '../../../src/platforms/discord/discord-text.js';

describe('escaping feed text for Discord', () => {
  it('escapes inline markdown so it shows as typed', () => {
    expect(escapeDiscordText('**bold** _it_ ~~s~~ ||spoiler|| `code` [a](b) back\\slash')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\[a\\](b) back\\\\slash',
    );
  });

  it('escapes line-start markup: headings, quotes, lists, subtext', () => {
    expect(escapeDiscordText('# Title\n> quoted\n- item\n-# small\n12. twelfth\n+ plus')).toBe(
      '\\# Title\n\\> quoted\n\\- item\n\\-# small\n12\\. twelfth\n\\+ plus',
    );
  });

  it('leaves mentions inert: user, role, channel, everyone and here', () => {
    const shown = escapeDiscordText('<@123> <@&456> <#789> @everyone @here');
    expect(shown).toBe('\\<@123\\> \\<@&456\\> \\<#789\\> @\u200beveryone @\u200bhere');
  });

  it('leaves ordinary text alone, Japanese included', () => {
    expect(escapeDiscordText('北大西洋条約機構（NATO）の東京事務所 - AT&T, 3.5%')).toBe(
      '北大西洋条約機構（NATO）の東京事務所 - AT&T, 3.5%',
    );
  });

  it('shortens escaped text at a word, and never leaves a backslash escaping the marker', () => {
    expect(fitDiscordText('NATO opens an office in Tokyo', 20)).toBe('NATO opens an…');
    const cut = fitDiscordText('*'.repeat(40), 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).toMatch(/^(\\\*)+…$/);
  });

  it('splits into chunks within the limit without separating a backslash from its character', () => {
    const chunks = discordTextChunks('_'.repeat(50), 9);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(9);
      expect(chunk).toMatch(/^(\\_)+$/);
    }
    expect(chunks.join('')).toBe('\\_'.repeat(50));
  });
});
