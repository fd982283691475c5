/**
 * Applies graph-schema/migrations in order, once each. Every statement is idempotent (IF NOT
 * EXISTS), and each applied migration is recorded as a (:SchemaMigration {version, name, appliedAt})
 * node, so the database says which schema version it holds; changes are new, later files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Store } from './connect.ts';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../graph-schema/migrations');

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.+\.cypher$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.cypher$/, ''),
      statements: readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

export interface SchemaReport {
  version: number;
  applied: string[];
}

export async function applySchema(store: Store, migrations = readMigrations()): Promise<SchemaReport> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run('CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE');
    const done = await session.run('MATCH (m:SchemaMigration) RETURN m.version AS version');
    const appliedVersions = new Set(done.records.map((r) => Number(r.get('version'))));
    const applied: string[] = [];
    for (const m of migrations) {
      if (appliedVersions.has(m.version)) continue;
      // Schema statements cannot share a transaction with writes, so each runs on its own.
      for (const statement of m.statements) await session.run(statement);
      await session.run('MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.appliedAt = datetime()', {
        version: neo4j.int(m.version),
        name: m.name,
      });
      applied.push(m.name);
    }
    await session.run('CALL db.awaitIndexes(300)');
    return { version: Math.max(0, ...migrations.map((m) => m.version)), applied };
  } finally {
    await session.close();
  }
}
