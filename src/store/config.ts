/** Where the store is: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, validated. */
import { z } from 'zod';

export const StoreConfig = z.object({
  uri: z.string().regex(/^(?:neo4j|bolt)(?:\+s|\+ssc)?:\/\/[^\s/]+/, 'NEO4J_URI must look like bolt://host:7687 or neo4j+s://host'),
  user: z.string().min(1).default('neo4j'),
  password: z.string().default(''),
  database: z
    .string()
    .regex(/^[A-Za-z0-9.-]*$/, 'NEO4J_DATABASE holds letters, digits, dots and dashes')
    .optional(),
});
export type StoreConfig = z.infer<typeof StoreConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The store's configuration from the environment, or null when NEO4J_URI is not set. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig | null {
  if (!env.NEO4J_URI) return null;
  const parsed = StoreConfig.safeParse({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

/** A URI as it may be shown: without the user and password a URI can carry ("bolt://u:p@host"). */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
