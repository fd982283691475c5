/** `kg db start|status|stop`: the local database for machines without Docker, in a folder of its own. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { freePort } from '../../src/store/local-neo4j.ts';
import { KG, kgWithLocalNeo4j } from '../helpers/kg.ts';

const home = mkdtempSync(path.join(tmpdir(), 'kg-db-'));
const kg = kgWithLocalNeo4j(home);

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

describe('the local database’s defences', () => {
  it('asks for the generated password, kept readable by its owner only', async () => {
    const port = await freePort();
    expect((await kg('db', 'start', '--port', String(port))).code).toBe(0);
    const file = path.join(home, 'data', 'password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const tryLogin = async (password: string) => {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password));
      try {
        await driver.getServerInfo();
        return 'in';
      } catch (err) {
        return (err as { code?: string }).code ?? 'failed';
      } finally {
        await driver.close();
      }
    };
    expect(await tryLogin('')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryLogin('neo4j')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await tryLogin(readFileSync(file, 'utf8').trim())).toBe('in');
    expect((await kg('db', 'stop')).stderr).toBe('Neo4j stopped\n');
  });

  it('never signals a process that is not its Neo4j, though the state file names it', async () => {
    const other = spawn('sleep', ['60']);
    writeFileSync(path.join(home, 'state.json'), JSON.stringify({ pid: other.pid, uri: 'bolt://127.0.0.1:1', dataDir: path.join(home, 'data') }));
    expect((await kg('db', 'stop')).stderr).toBe('no local Neo4j was running\n');
    expect(other.exitCode).toBeNull();
    other.kill();
  });

  it('is restarted by the server when it dies, which answers 503 meanwhile', async () => {
    const [dbPort, apiPort] = [await freePort(), await freePort()];
    expect((await kg('db', 'start', '--port', String(dbPort))).code).toBe(0);
    const env: NodeJS.ProcessEnv = { ...process.env, KG_LOCAL_NEO4J_DIR: home, HOST: '127.0.0.1' };
    delete env.NEO4J_URI;
    const server = spawn('node', [KG, 'serve', '--port', String(apiPort)], { env });
    let log = '';
    server.stderr.on('data', (d) => (log += String(d)));
    let seen: number[] = [];
    const until = async (what: () => boolean | Promise<boolean>, ms = 120_000) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await what()) return;
      throw new Error(`timed out; statuses ${seen.join(' → ')}; server said:\n${log}`);
    };
    // The database is empty: a node read that reaches it says 404, one that cannot says 503.
    seen = [];
    const status = async () => {
      // A read caught in flight by the kill may wait on the driver until the database is back: the poll
      // gives up on it after two seconds (status 0) and asks again, as a person reloading would.
      const res = await fetch(`http://127.0.0.1:${apiPort}/api/nodes/agency:miit`, { signal: AbortSignal.timeout(2000) }).catch(() => ({ status: 0 }));
      if (seen.at(-1) !== res.status) seen.push(res.status);
      return res.status;
    };
    try {
      await until(async () => (await status()) === 404);
      const { pid } = JSON.parse(readFileSync(path.join(home, 'state.json'), 'utf8')) as { pid: number };
      process.kill(pid, 'SIGKILL');
      await until(async () => (await status()) === 503, 20_000);
      await until(() => log.includes(`the local Neo4j (pid ${pid}) has stopped; restarting it…`));
      await until(async () => (await status()) === 404);
      await until(() => /local Neo4j restarted at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+\)/.test(log));
      // Never a 500: the database answered, then was down (503), then answered again.
      const afterStart = seen.slice(seen.indexOf(404));
      expect(afterStart).not.toContain(500);
      expect(afterStart).toContain(503);
      expect(afterStart.at(-1)).toBe(404);
    } finally {
      server.kill('SIGTERM');
      await kg('db', 'stop');
    }
  });
});
