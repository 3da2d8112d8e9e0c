import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const names = z.array(z.string().min(1)).default([]);

const personSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1).optional(),
  /** A surname as common as Lee or Collins names nobody by itself: only the full name matches. */
  ambiguousSurname: z.boolean().default(false),
  ja: names,
});

const actorSchema = z.object({
  name: z.string().min(1),
  people: z.array(personSchema).default([]),
  institutions: names,
  demonyms: names,
  metonyms: names,
  ja: names,
  /** Names of this actor's people put the surname first (Xi Jinping, Lee Jae-myung). */
  familyNameFirst: z.boolean().default(false),
});

/** config/actors.yaml: the actors the bot follows and every way the news names them. */
export const actorGazetteerSchema = z
  .object({
    actors: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'actor keys are lowercase ids'), actorSchema),
    /** Actors always shown by `/positions`, in this order; absent means all of them. */
    featured: z.array(z.string()).optional(),
    places: z.array(z.object({ name: z.string().min(1), ja: names })).default([]),
  })
  .superRefine((gazetteer, context) => {
    gazetteer.featured?.forEach((key, index) => {
      if (!(key in gazetteer.actors))
        context.addIssue({ code: 'custom', path: ['featured', index], message: `no actor "${key}"` });
    });
  });

/** The validated gazetteer. Actor keys are the ids users type (`japan`, `nato`, ...). */
export type ActorGazetteer = z.infer<typeof actorGazetteerSchema>;
/** One actor's entry: display name, people, institutions, demonyms, metonyms, Japanese names. */
export type ActorEntry = ActorGazetteer['actors'][string];

/** A problem in the YAML, with the path a person can find it by (`actors.japan.people[0].name`). */
export interface GazetteerIssue {
  path: string;
  message: string;
}

export type ParseGazetteerResult =
  | { ok: true; gazetteer: ActorGazetteer }
  | { ok: false; issues: GazetteerIssue[] };

/** Parses and validates the actors YAML, listing every problem rather than stopping at the first. */
export function parseActorGazetteer(yamlText: string): ParseGazetteerResult {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not valid YAML: ${(error as Error).message}` }] };
  }
  const parsed = actorGazetteerSchema.safeParse(raw);
  if (parsed.success) return { ok: true, gazetteer: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** The actor keys a user may ask for, in the gazetteer's order. */
export function listActorKeys(gazetteer: ActorGazetteer): string[] {
  return Object.keys(gazetteer.actors);
}

/**
 * Every actor key, the featured ones first in their configured order, then the others in the
 * file's order: the order `/positions` shows them in.
 */
export function featuredFirst(gazetteer: ActorGazetteer): { featured: string[]; others: string[] } {
  const all = listActorKeys(gazetteer);
  const featured = gazetteer.featured ?? all;
  return { featured: [...featured], others: all.filter((key) => !featured.includes(key)) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
