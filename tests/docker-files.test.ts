/** docker-compose.yml, read as Compose reads it: no default password, nothing published beyond loopback, a token for the API. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  environment: Record<string, string>;
  ports?: string[];
}
const compose = parse(readFileSync(path.resolve(import.meta.dirname, '../docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };

describe('docker-compose.yml', () => {
  it('has no default password: Compose refuses to start without NEO4J_PASSWORD', () => {
    for (const value of [neo4j.environment.NEO4J_AUTH, neo4j.environment.NEO4J_PASSWORD, app.environment.NEO4J_PASSWORD]) {
      expect(value).toMatch(/\$\{NEO4J_PASSWORD:\?[^}]+\}/);
      expect(value).not.toMatch(/:-/);
    }
  });

  it('publishes every port on loopback only', () => {
    for (const port of [...(neo4j.ports ?? []), ...(app.ports ?? [])]) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('gives the app, which listens on all the container’s addresses, a required API token', () => {
    expect(app.environment.KG_API_TOKEN).toMatch(/\$\{KG_API_TOKEN:\?[^}]+\}/);
  });

  it('hardens Neo4j as graph-schema/README.md says', () => {
    expect(neo4j.environment).toMatchObject({
      NEO4J_dbms_security_allow__csv__import__from__file__urls: 'false',
      NEO4J_db_memory_transaction_max: expect.any(String),
      NEO4J_dbms_memory_transaction_total_max: expect.any(String),
      NEO4J_db_transaction_timeout: expect.any(String),
    });
  });
});
