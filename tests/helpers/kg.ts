/** Runs the `kg` command line as a user would, in its own process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** The `kg` script, for a test that spawns it itself (a server it stops). */
export const KG = path.resolve(import.meta.dirname, '../../bin/kg.js');

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `kg` with its project database in `home` (KG_LOCAL_NEO4J_DIR) and no NEO4J_URI: the local Neo4j. */
export function kgWithLocalNeo4j(home: string): (...args: string[]) => Promise<KgRun> {
  return async (...args) => {
    const env: NodeJS.ProcessEnv = { ...process.env, KG_LOCAL_NEO4J_DIR: home };
    delete env.NEO4J_URI;
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [KG, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as KgRun;
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
