import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type ActorGazetteer, parseActorGazetteer } from '../src/core/nlp/actor-gazetteer.js';
import { relevanceSchema, type WatchedKeywords } from '../src/core/relevance/relevance-schema.js';
import { configSchema, type RawConfig } from './config-schema.js';
import { formatIssues } from './format-issues.js';

/** The configuration after validation: the file's values plus the parts with schemas of their own. */
export interface NewsbotConfig extends Omit<RawConfig, 'keywords'> {
  keywords: WatchedKeywords;
  actors: ActorGazetteer;
  /** Where the file was read from, for messages. */
  path: string;
}

export type LoadConfigResult = { ok: true; config: NewsbotConfig } | { ok: false; problems: string[] };

/** The default config file shipped in the package (config/newsbot.yaml beside this module's source). */
export function defaultConfigPath(): string {
  return resolve(packageRoot(), 'config', 'newsbot.yaml');
}

/**
 * Reads and validates the config file. Every problem is reported, each with its path and a reason,
 * so one run shows everything to fix; the caller prints them and exits non-zero.
 */
export async function loadConfig(path = defaultConfigPath()): Promise<LoadConfigResult> {
  const document = await readYaml(path);
  if (!document.ok) return { ok: false, problems: [`${path}: ${document.problem}`] };
  const parsed = configSchema.safeParse(document.value ?? {});
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const problems: string[] = [];
  const keywords = relevanceSchema.safeParse(parsed.data.keywords);
  if (!keywords.success) problems.push(...formatIssues(keywords.error.issues, 'keywords'));
  const actorsPath = resolve(dirname(path), parsed.data.actorsFile);
  const actors = await readActors(actorsPath, problems);
  if (!keywords.success || !actors) return { ok: false, problems };
  return { ok: true, config: { ...parsed.data, keywords: keywords.data, actors, path } };
}

async function readActors(path: string, problems: string[]): Promise<ActorGazetteer | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    problems.push(`actorsFile: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
    return null;
  }
  const result = parseActorGazetteer(text);
  if (result.ok) return result.gazetteer;
  problems.push(...result.issues.map((issue) => `actorsFile (${path}) ${issue.path}: ${issue.message}`));
  return null;
}

type YamlRead = { ok: true; value: unknown } | { ok: false; problem: string };

async function readYaml(path: string): Promise<YamlRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problem: `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  try {
    return { ok: true, value: parseYaml(text) };
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, problem: `not valid YAML: ${error.message}` };
    throw error;
  }
}

/** The package root, whether this runs from source (config/) or from the build (dist/config/). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return here.endsWith('/dist/config') ? resolve(here, '..', '..') : resolve(here, '..');
}
