/**
 * A local Neo4j for machines without Docker: Neo4j Community 5.26 resolved from Maven Central by
 * scripts/neo4j/pom.xml and run embedded, with Bolt on 127.0.0.1, by scripts/neo4j/Launcher.java.
 * Used by `npm start`, `kg db start` and the tests whenever NEO4J_URI is not set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const NEO4J_DIR = path.join(PROJECT_ROOT, 'scripts/neo4j');
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
/** Where the project database keeps its data and state; KG_LOCAL_NEO4J_DIR moves it (the tests do). */
const STATE_DIR = path.resolve(process.env.KG_LOCAL_NEO4J_DIR ?? path.join(PROJECT_ROOT, '.neo4j'));
const STATE_FILE = path.join(STATE_DIR, 'state.json');

/** Flags Neo4j 5 needs on Java 17, and the caps that keep it small. */
const JVM_FLAGS = [
  '-Xms128m',
  '-Xmx768m',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
];

export interface LocalNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  /** Stops the database cleanly (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  dataDir?: string;
  /** Lines of progress for a person ("resolving Neo4j jars…"). */
  log?: (line: string) => void;
  timeoutMs?: number;
}

/** Resolves the jars into scripts/neo4j/lib once; later calls find them there. */
export function ensureJars(log: (line: string) => void = () => {}): void {
  if (existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-kernel'))) return;
  log('resolving Neo4j Community jars from Maven Central into scripts/neo4j/lib (once, ~125 MB)…');
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', path.join(NEO4J_DIR, 'pom.xml'), 'dependency:copy-dependencies'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (mvn.error || mvn.status !== 0) {
    throw new Error(`could not resolve Neo4j with Maven (${mvn.error?.message ?? `exit code ${mvn.status}`}); is Maven installed and Maven Central reachable?`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a Neo4j and resolves once it answers Bolt. With `detached`, it outlives this process
 * and writes its output to <dataDir>/neo4j.log.
 */
export async function startLocalNeo4j(options: StartOptions & { detached?: boolean } = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  ensureJars(log);
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir ?? path.join(STATE_DIR, 'data'));
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'neo4j.log');
  const out = openSync(logFile, 'w');
  const child = spawn(
    'java',
    [...JVM_FLAGS, '-cp', `${LIB_DIR}/*`, path.join(NEO4J_DIR, 'Launcher.java'), '--data', dataDir, '--port', String(port)],
    { stdio: ['ignore', out, out], detached: options.detached ?? false },
  );
  closeSync(out);
  const uri = `bolt://127.0.0.1:${port}`;
  log(`starting Neo4j at ${uri} (data in ${dataDir})…`);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForReady(logFile, uri, exited, options.timeoutMs ?? 120_000);
  if (options.detached) child.unref();
  return {
    uri,
    pid: child.pid!,
    dataDir,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForReady(logFile: string, uri: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`Neo4j exited (code ${exitCode}) before it was ready:\n${tail(logFile)}`);
    }
    if (readFileSync(logFile, 'utf8').includes('NEO4J READY')) {
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
      try {
        await driver.getServerInfo();
        return;
      } finally {
        await driver.close();
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Neo4j did not become ready within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
}

// ---- the detached database behind `kg db start|status|stop` ----

interface State {
  pid: number;
  uri: string;
  dataDir: string;
}

function readState(): State | null {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running project database, if one answers. */
export async function runningLocalNeo4j(): Promise<State | null> {
  const state = readState();
  if (!state || !alive(state.pid)) return null;
  const driver = neo4j.driver(state.uri, neo4j.auth.basic('neo4j', ''));
  try {
    await driver.getServerInfo();
    return state;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

/** Starts the project database in the background, or finds the one already running. */
export async function startProjectNeo4j(log: (line: string) => void, port = 7687): Promise<State & { reused: boolean }> {
  const running = await runningLocalNeo4j();
  if (running) return { ...running, reused: true };
  const db = await startLocalNeo4j({ port, dataDir: path.join(STATE_DIR, 'data'), detached: true, log });
  const state = { pid: db.pid, uri: db.uri, dataDir: db.dataDir };
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 1));
  return { ...state, reused: false };
}

export async function stopProjectNeo4j(): Promise<boolean> {
  const state = readState();
  rmSync(STATE_FILE, { force: true });
  if (!state || !alive(state.pid)) return false;
  process.kill(state.pid, 'SIGTERM');
  for (let i = 0; i < 300 && alive(state.pid); i++) await new Promise((r) => setTimeout(r, 100));
  return true;
}
