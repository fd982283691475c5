/** Which Neo4j to use: NEO4J_URI when set, else the project's local database, started if need be. */
import { configFromEnv } from './config.ts';
import { openStore, type DriverOptions, type Store } from './connect.ts';
import { startProjectNeo4j } from './local-neo4j.ts';

export async function connectToStore(log: (line: string) => void, options: DriverOptions = {}): Promise<Store> {
  const config = configFromEnv();
  if (config) return openStore(config, options);
  const local = await startProjectNeo4j(log);
  if (!local.reused) log(`local Neo4j started at ${local.uri} (stop it with "kg db stop")`);
  return openStore({ uri: local.uri, user: local.user, password: local.password }, options);
}
