import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands/all-commands.js';
import { discordCommandPayload } from '../../../src/platforms/discord/discord-command-payload.js';

interface Option {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: Option[];
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Discord's registration rules for one level of options; returns every broken one it finds. */
function problemsIn(options: Option[], where: string): string[] {
  const problems: string[] = [];
  if (options.length > 25) problems.push(`${where}: more than 25 options`);
  const names = options.map((option) => option.name);
  if (new Set(names).size !== names.length) problems.push(`${where}: duplicate option names`);
  const firstOptional = options.findIndex((option) => option.required !== true);
  if (firstOptional !== -1 && options.slice(firstOptional).some((option) => option.required === true)) {
    problems.push(`${where}: a required option after an optional one`);
  }
  for (const option of options) {
    const at = `${where} ${option.name}`;
    if (!NAME.test(option.name) || option.name !== option.name.toLowerCase())
      problems.push(`${at}: bad name`);
    if (option.description.length < 1 || option.description.length > 100)
      problems.push(`${at}: description length`);
    if (option.autocomplete === true && option.choices !== undefined)
      problems.push(`${at}: choices and autocomplete`);
    if ((option.choices?.length ?? 0) > 25) problems.push(`${at}: more than 25 choices`);
    if (option.type === 1) problems.push(...problemsIn(option.options ?? [], at));
  }
  return problems;
}

function textLength(options: Option[]): number {
  return options.reduce(
    (sum, option) =>
      sum +
      option.name.length +
      option.description.length +
      (option.choices ?? []).reduce((n, choice) => n + choice.name.length + String(choice.value).length, 0) +
      textLength(option.options ?? []),
    0,
  );
}

describe("the project's commands as Discord slash commands", () => {
  const payloads = allCommands.map(discordCommandPayload);

  it('follow Discord registration rules: names, descriptions, option order, choices, size', () => {
    const problems = payloads.flatMap((payload) => {
      const options = (payload.options ?? []) as Option[];
      const own: string[] = [];
      if (!NAME.test(payload.name) || payload.name !== payload.name.toLowerCase())
        own.push(`${payload.name}: bad name`);
      if (payload.description.length < 1 || payload.description.length > 100)
        own.push(`${payload.name}: description`);
      if (payload.name.length + payload.description.length + textLength(options) > 4000)
        own.push(`${payload.name}: too long`);
      return [...own, ...problemsIn(options, `/${payload.name}`)];
    });
    expect(problems).toEqual([]);
    expect(new Set(payloads.map((payload) => payload.name)).size).toBe(payloads.length);
  });

  it('hide exactly the admin commands from members without Manage Server', () => {
    for (const [index, command] of allCommands.entries()) {
      expect(payloads[index]?.default_member_permissions, command.name).toBe(
        command.adminOnly ? '32' : undefined,
      );
    }
  });
});
