import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands/all-commands.js';
import { UserError } from '../../../src/core/reply/user-error.js';
import { parseNewsText } from '../../../src/platforms/slack/parse-news-text.js';
import { tokenizeCommandText } from '../../../src/platforms/slack/tokenize-command-text.js';
import { createTestCommands } from './news-test-commands.js';

const { commands } = createTestCommands({ slowMs: 0 });

function refusal(text: string): UserError {
  try {
    parseNewsText(text, commands);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('reading /news text', () => {
  it('keeps quoted phrases together, with straight or typographic quotes, and leaves apostrophes alone', () => {
    expect(tokenizeCommandText('watch add "South China Sea"')).toEqual(['watch', 'add', 'South China Sea']);
    expect(tokenizeCommandText('watch add “Taiwan Strait” now')).toEqual([
      'watch',
      'add',
      'Taiwan Strait',
      'now',
    ]);
    expect(tokenizeCommandText("search Xi's remarks")).toEqual(['search', "Xi's", 'remarks']);
  });

  it('resolves a command, its subcommand and a rest-of-text option', () => {
    const parsed = parseNewsText('watch add Quad summit Tokyo', commands);
    expect(parsed.definition.name).toBe('watch');
    expect(parsed.subcommand).toBe('add');
    expect(parsed.options).toEqual({ keyword: 'Quad summit Tokyo' });
    expect(parseNewsText('POSITIONS china', commands).options).toEqual({ story: 'china' });
  });

  it('binds an option named as on Discord, a rest option taking the words up to the next named one', () => {
    expect(parseNewsText('positions topic:liaison office | 東京事務所', allCommands).options).toEqual({
      topic: 'liaison office | 東京事務所',
    });
    expect(parseNewsText('positions topic:cyber centre actor:china', allCommands).options).toEqual({
      topic: 'cyber centre',
      actor: 'china',
    });
    expect(parseNewsText('positions actor:south-korea tokyo office', allCommands).options).toEqual({
      actor: 'south-korea',
      story: 'tokyo office',
    });
    // A word with a colon that names no option stays a word.
    expect(parseNewsText('positions note:1 office', allCommands).options).toEqual({ story: 'note:1 office' });
  });

  it('converts integers and matches choices by value or name, case-insensitively', () => {
    expect(parseNewsText('latest 5 Japan', commands).options).toEqual({ count: 5, region: 'japan' });
    expect(parseNewsText('latest', commands).options).toEqual({});
  });

  it('refuses with the usage to type instead', () => {
    expect(refusal('latest five').message).toBe(
      'count must be a whole number (got "five"). Usage: /news latest [count] [region]',
    );
    expect(refusal('latest 3 mars').code).toBe('invalid-choice');
    expect(refusal('watch').message).toBe(
      '/news watch needs a subcommand. Usage:\n/news watch add <keyword>\n/news watch list',
    );
    expect(refusal('watch list everything').message).toBe('Unexpected "everything". Usage: /news watch list');
    expect(refusal('positions').message).toBe('Missing story. Usage: /news positions <story>');
    expect(refusal('watch add "unclosed').code).toBe('unclosed-quote');
  });
});
