/** Where on a PostgreSQL server newsbot keeps its data, read from the store URL. */
export interface PostgresTarget {
  /** The URL without newsbot's own parameter, as the driver takes it. */
  connectionString: string;
  /** `?schema=name` of the store URL: key-value table and archive tables both live there. */
  schema: string | undefined;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads `?schema=` off a `postgres://` URL (several bots, or test runs, sharing one server each
 * get their own schema). Without it the key-value table stays where it always was (`public`) and
 * the archive tables go to the `newsbot_archive` schema.
 */
export function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema === undefined) return { connectionString: url, schema };
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`store.url: schema "${schema}" must be lower-case letters, digits and _`);
  }
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** The schema of the archive tables. */
export const archiveSchemaOf = (target: PostgresTarget) => target.schema ?? 'newsbot_archive';
