import type { ActorGazetteer } from '../nlp/actor-gazetteer.js';
import { indexPeople } from '../nlp/actor-matcher.js';
import { foldForMatching } from './compile-term.js';

/**
 * Other names of the followed actor a watched keyword names. A keyword that is an actor's name,
 * metonym or Japanese name ("Japan", "日本", "NATO") also matches the actor's people (full
 * names, Japanese names, surnames no other listed person shares) and demonyms: a report on
 * "Kishida in Kyiv" or "岸田首相" is about Japan although it never writes the country's name.
 * Institutions and the other metonyms are left out on purpose: "Brussels" or "the alliance"
 * name far more than the actor. The keyword's companions and the exclusions still apply.
 */
export type ActorAliases = (term: string) => readonly string[];

const compiled = new WeakMap<ActorGazetteer, ActorAliases>();

/** Built once per gazetteer: ingest, commands and every digest delivery ask for it. */
export function actorAliasesFrom(gazetteer: ActorGazetteer): ActorAliases {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const aliases = buildActorAliases(gazetteer);
  compiled.set(gazetteer, aliases);
  return aliases;
}

function buildActorAliases(gazetteer: ActorGazetteer): ActorAliases {
  const key = (name: string) => foldForMatching(name).trim().toLowerCase();
  const people = indexPeople(gazetteer);
  const aliasesOf = new Map<string, string[]>();
  for (const [actor, entry] of Object.entries(gazetteer.actors)) {
    const names = [...people].filter(([, person]) => person.actor === actor).map(([name]) => name);
    const aliases = [...new Set([...names, ...entry.demonyms])];
    for (const name of [entry.name, ...entry.metonyms, ...entry.ja]) aliasesOf.set(key(name), aliases);
  }
  return (term) => aliasesOf.get(key(term)) ?? [];
}

/** For tests and callers without a gazetteer: keywords match only themselves. */
export const noActorAliases: ActorAliases = () => [];
