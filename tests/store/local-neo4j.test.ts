/** `kg db start|status|stop`: the local database for machines without Docker, in a folder of its own. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/store/local-neo4j.ts';

const KG = path.resolve(import.meta.dirname, '../../bin/kg.js');
const home = mkdtempSync(path.join(tmpdir(), 'kg-db-'));

async function kg(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_LOCAL_NEO4J_DIR: home };
  delete env.NEO4J_URI;
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [KG, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(async () => {
  await kg('db', 'stop');
  rmSync(home, { recursive: true, force: true });
});

describe('kg db', () => {
  it('starts a database that answers, finds it on a second start, reports it and stops it', async () => {
    const port = await freePort();
    const first = await kg('db', 'start', '--port', String(port));
    expect(first).toMatchObject({ code: 0, stdout: `bolt://127.0.0.1:${port}\n` });

    const second = await kg('db', 'start', '--port', String(port));
    expect(second.stderr).toContain(`Neo4j is already running at bolt://127.0.0.1:${port}`);

    const query = await kg('query', 'RETURN 40 + 2 AS answer', '--json');
    expect(JSON.parse(query.stdout)).toEqual([{ answer: 42 }]);

    expect((await kg('db', 'status')).stdout).toMatch(new RegExp(`^running at bolt://127\\.0\\.0\\.1:${port} \\(pid \\d+, data in `));
    expect((await kg('db', 'stop')).stderr).toBe('Neo4j stopped\n');
    expect(await kg('db', 'status')).toMatchObject({ code: 1, stderr: 'no local Neo4j is running (start one with "kg db start")\n' });
  });
});
