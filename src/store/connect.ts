/** Opening the store: a driver that is known to answer, or one clear message saying why not. */
import neo4j, { type Driver } from 'neo4j-driver';
import { displayUri, type StoreConfig } from './config.ts';

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export interface Store {
  driver: Driver;
  /** The database to use, or undefined for the server's default. */
  database: string | undefined;
  /** Where the store is, for people to read: never with credentials. */
  uri: string;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** How long managed transactions are retried on transient errors (the driver's default: 30 s). */
  maxTransactionRetryTime?: number;
}

export async function openStore(config: StoreConfig, options: DriverOptions = {}): Promise<Store> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 10_000,
    maxConnectionLifetime: 60 * 60 * 1000,
    ...options,
  });
  try {
    await driver.getServerInfo(config.database ? { database: config.database } : {});
  } catch (err) {
    await driver.close();
    throw new StoreUnavailableError(explain(config, err));
  }
  return { driver, database: config.database, uri: displayUri(config.uri), close: () => driver.close() };
}

function explain(config: StoreConfig, err: unknown): string {
  const e = err as { code?: string; message?: string };
  const cause = (e.message ?? String(err)).split('\n')[0]?.replaceAll(config.password || '\u0000', '***');
  config = { ...config, uri: displayUri(config.uri) };
  if (e.code === 'Neo.ClientError.Security.Unauthorized' || /authentication|unauthorized/i.test(cause ?? '')) {
    return `Neo4j at ${config.uri} refused the credentials of user "${config.user}" (${cause}). Set NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (e.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${config.uri} has no database "${config.database}". Set NEO4J_DATABASE to an existing one, or leave it unset for the default.`;
  }
  return (
    `Cannot reach Neo4j at ${config.uri}: ${cause}. Start the local database with "kg db start" ` +
    `(or unset NEO4J_URI and run "npm start"), or point NEO4J_URI at a running Neo4j.`
  );
}
