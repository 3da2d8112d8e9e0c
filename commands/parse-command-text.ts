import { type ChatPlatform, commandHint } from '../src/core/reply/platform-wording.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { CommandDefinition, OptionSpec, OptionValue, SubcommandSpec } from './command.js';
import { tokenizeCommandText } from './tokenize-command-text.js';

/** Command text resolved to one command, its subcommand and typed options. */
export interface ParsedCommand {
  definition: CommandDefinition;
  subcommand: string | null;
  options: Record<string, OptionValue | undefined>;
}

/**
 * Turns command text ("positions china", `watch add "South China Sea"`) into a command call.
 * Options bind in the order they are declared; a `rest` option takes the remaining words.
 * Every refusal is a `UserError` whose message ends with the usage to type instead.
 * Usage lines are written as a person types them on `platform` (Slack: `/news schedule set …`).
 */
export function parseCommandText(
  text: string,
  commands: readonly CommandDefinition[],
  platform: TextPlatform,
): ParsedCommand {
  const tokens = tokenizeCommandText(text);
  const name = tokens.shift()?.toLowerCase();
  const definition = commands.find((command) => command.name === name);
  if (definition === undefined) {
    const known = commands.map((command) => command.name).join(', ');
    const what = name === undefined ? 'Which command?' : `There is no command "${name}".`;
    throw new UserError(
      'unknown-command',
      `${what} Try one of: ${known}. Type ${commandHint(platform, ['help'])} for details.`,
    );
  }
  if (definition.subcommands === undefined || definition.subcommands.length === 0) {
    const options = bindOptions(tokens, definition.options ?? [], usage(definition, undefined, platform));
    return { definition, subcommand: null, options };
  }
  const subName = tokens.shift()?.toLowerCase();
  const sub = definition.subcommands.find((candidate) => candidate.name === subName);
  if (sub === undefined) {
    const list = definition.subcommands.map((candidate) => usage(definition, candidate, platform)).join('\n');
    const what =
      subName === undefined
        ? `${commandHint(platform, [definition.name])} needs a subcommand.`
        : `"${subName}" is not a subcommand of ${commandHint(platform, [definition.name])}.`;
    throw new UserError('unknown-subcommand', `${what} Usage:\n${list}`);
  }
  const options = bindOptions(tokens, sub.options, usage(definition, sub, platform));
  return { definition, subcommand: sub.name, options };
}

/** Where commands are typed as text: Slack's `/news …` and the console. */
export type TextPlatform = Exclude<ChatPlatform, 'discord'>;

/**
 * `/news watch add <keyword> [limit]` on Slack, `/watch add keyword:<keyword> [limit]` on Discord:
 * required options in angle brackets, optional in square.
 */
export function usage(
  definition: CommandDefinition,
  sub: SubcommandSpec | undefined,
  platform: ChatPlatform,
): string {
  const specs = sub?.options ?? definition.options ?? [];
  const words = [definition.name, ...(sub === undefined ? [] : [sub.name])];
  return commandHint(
    platform,
    words,
    specs.map((spec) => ({ name: spec.name, optional: !spec.required })),
  );
}

function bindOptions(
  tokens: string[],
  specs: readonly OptionSpec[],
  usageLine: string,
): ParsedCommand['options'] {
  const options = bindNamed(tokens, specs, usageLine);
  for (const [index, spec] of specs.entries()) {
    if (options[spec.name] !== undefined) continue;
    if (fallsThrough(spec, specs[index + 1], tokens[0])) continue;
    const raw = spec.rest && spec.type === 'string' ? takeRest(tokens) : tokens.shift();
    if (raw === undefined) {
      if (spec.required) throw new UserError('missing-option', `Missing ${spec.name}. Usage: ${usageLine}`);
      continue;
    }
    options[spec.name] = convert(raw, spec, usageLine);
  }
  if (tokens.length > 0) {
    throw new UserError('too-many-arguments', `Unexpected "${tokens.join(' ')}". Usage: ${usageLine}`);
  }
  return options;
}

/**
 * `name:value` binds an option by name, as Discord users type it ("positions topic:liaison
 * office"); a `rest` option named so takes the words after it up to the next named one. The
 * tokens used are taken out of `tokens`, so the others still bind in order.
 */
function bindNamed(
  tokens: string[],
  specs: readonly OptionSpec[],
  usageLine: string,
): ParsedCommand['options'] {
  const options: ParsedCommand['options'] = {};
  const named = (token: string | undefined) => {
    const match = token === undefined ? null : /^([a-z]+):(.*)$/s.exec(token);
    return match ? specs.find((spec) => spec.name === match[1]) : undefined;
  };
  for (let at = 0; at < tokens.length; ) {
    const spec = named(tokens[at]);
    if (spec === undefined) {
      at += 1;
      continue;
    }
    let end = at + 1;
    if (spec.rest) while (end < tokens.length && named(tokens[end]) === undefined) end += 1;
    const words = tokens.splice(at, end - at);
    const value = [words[0]?.slice(spec.name.length + 1) ?? '', ...words.slice(1)].join(' ').trim();
    if (value !== '') options[spec.name] = convert(value, spec, usageLine);
  }
  return options;
}

/**
 * An optional closed-choice option followed by a rest-of-text one ("positions [actor] [story]")
 * takes a word only when it is one of its choices; any other word starts the rest
 * ("positions liaison office" is a story, not an unknown actor).
 */
function fallsThrough(spec: OptionSpec, next: OptionSpec | undefined, word: string | undefined): boolean {
  if (spec.required || spec.choices === undefined || !next?.rest || word === undefined) return false;
  const lower = word.toLowerCase();
  return !spec.choices.some((c) => c.value.toLowerCase() === lower || c.name.toLowerCase() === lower);
}

function takeRest(tokens: string[]): string | undefined {
  if (tokens.length === 0) return undefined;
  return tokens.splice(0).join(' ');
}

function convert(raw: string, spec: OptionSpec, usageLine: string): OptionValue {
  if (spec.choices !== undefined) {
    const lower = raw.toLowerCase();
    const choice = spec.choices.find(
      (c) => c.value.toLowerCase() === lower || c.name.toLowerCase() === lower,
    );
    if (choice === undefined) {
      const valid = spec.choices.map((c) => c.value).join(', ');
      throw new UserError('invalid-choice', `${spec.name} must be one of: ${valid} (got "${raw}").`);
    }
    return spec.type === 'integer' ? Number(choice.value) : choice.value;
  }
  if (spec.type === 'integer') {
    if (!/^-?\d+$/.test(raw))
      throw new UserError(
        'invalid-integer',
        `${spec.name} must be a whole number (got "${raw}"). Usage: ${usageLine}`,
      );
    return Number.parseInt(raw, 10);
  }
  if (spec.type === 'boolean') {
    const lower = raw.toLowerCase();
    if (['true', 'yes', 'on'].includes(lower)) return true;
    if (['false', 'no', 'off'].includes(lower)) return false;
    throw new UserError('invalid-boolean', `${spec.name} must be yes or no (got "${raw}").`);
  }
  return raw;
}
