/**
 * A local Neo4j for machines without Docker: Neo4j Community 5.26 resolved from Maven Central by
 * scripts/neo4j/pom.xml and run embedded, with Bolt on 127.0.0.1, by scripts/neo4j/Launcher.java.
 * Used by `npm start`, `kg db start` and the tests whenever NEO4J_URI is not set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const NEO4J_DIR = path.join(PROJECT_ROOT, 'scripts/neo4j');
export const LIB_DIR = path.join(NEO4J_DIR, 'lib');
/** The folder holding neo4j.conf, as NEO4J_CONF for Neo4j's own tools. */
export const CONFIG_DIR = NEO4J_DIR;
const CONFIG_FILE = path.join(NEO4J_DIR, 'neo4j.conf');
const USER = 'neo4j';
/** Where the project database keeps its data and state; KG_LOCAL_NEO4J_DIR moves it (the tests do). */
export const STATE_DIR = path.resolve(process.env.KG_LOCAL_NEO4J_DIR ?? path.join(PROJECT_ROOT, '.neo4j'));
const STATE_FILE = path.join(STATE_DIR, 'state.json');

/** Flags Neo4j 5 needs on Java 17, and the caps that keep it small. */
export const JVM_FLAGS = [
  '-Xms128m',
  '-Xmx768m',
  '-XX:+UseG1GC',
  // No -XX:+ExitOnOutOfMemoryError: one query's allocation larger than the heap (a string doubled
  // thirty times) then fails in that query as Neo.TransientError.General.OutOfMemoryError, and the
  // database goes on answering. Memory Neo4j tracks is capped per transaction in neo4j.conf.
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
  user: string;
  password: string;
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
 * The password of the database in dataDir: generated on its first start and kept beside its data,
 * readable by this user only. The launcher sets it on every start, so this file is the truth.
 */
export function localPassword(dataDir: string): string {
  const file = path.join(dataDir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
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
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const password = localPassword(dataDir);
  const logFile = path.join(dataDir, 'neo4j.log');
  const out = openSync(logFile, 'w');
  const child = spawn(
    'java',
    [
      ...JVM_FLAGS,
      '-cp',
      `${LIB_DIR}/*`,
      path.join(NEO4J_DIR, 'Launcher.java'),
      ...['--data', dataDir, '--port', String(port), '--config', CONFIG_FILE, '--password-file', path.join(dataDir, 'password')],
    ],
    { stdio: ['ignore', out, out], detached: options.detached ?? false },
  );
  closeSync(out);
  const uri = `bolt://127.0.0.1:${port}`;
  log(`starting Neo4j at ${uri} (data in ${dataDir})…`);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForReady(logFile, uri, password, exited, options.timeoutMs ?? 120_000);
  if (options.detached) child.unref();
  return {
    uri,
    pid: child.pid!,
    dataDir,
    user: USER,
    password,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForReady(logFile: string, uri: string, password: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`Neo4j exited (code ${exitCode}) before it was ready:\n${tail(logFile)}`);
    }
    if (readFileSync(logFile, 'utf8').includes('NEO4J READY')) {
      const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password));
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

/** A running project database and what it takes to log in to it. */
export type RunningNeo4j = State & { user: string; password: string };

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
export async function runningLocalNeo4j(): Promise<RunningNeo4j | null> {
  const state = readState();
  if (!state || !isOurNeo4j(state)) return null;
  const running = { ...state, user: USER, password: localPassword(state.dataDir) };
  const driver = neo4j.driver(state.uri, neo4j.auth.basic(running.user, running.password));
  try {
    await driver.getServerInfo();
    return running;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

/** Starts the project database in the background, or finds the one already running. */
export async function startProjectNeo4j(log: (line: string) => void, port = 7687): Promise<RunningNeo4j & { reused: boolean }> {
  const running = await runningLocalNeo4j();
  if (running) return { ...running, reused: true };
  mkdirSync(STATE_DIR, { recursive: true, mode: 0o700 });
  const db = await startLocalNeo4j({ port, dataDir: path.join(STATE_DIR, 'data'), detached: true, log });
  const state = { pid: db.pid, uri: db.uri, dataDir: db.dataDir };
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 1));
  return { ...state, user: db.user, password: db.password, reused: false };
}

/**
 * Whether the process the state file names is still our Neo4j: alive, and running the launcher on
 * that data folder. A pid reused by another process after a reboot is never signalled.
 */
function isOurNeo4j(state: State): boolean {
  if (!alive(state.pid)) return false;
  try {
    const args = readFileSync(`/proc/${state.pid}/cmdline`, 'utf8').split('\0');
    return args.some((a) => a.endsWith('Launcher.java')) && args.includes(state.dataDir);
  } catch {
    // No /proc (macOS): the launcher's log names the pid's database; trust the live pid.
    return process.platform !== 'linux';
  }
}

export async function stopProjectNeo4j(): Promise<boolean> {
  const state = readState();
  rmSync(STATE_FILE, { force: true });
  if (!state || !isOurNeo4j(state)) return false;
  process.kill(state.pid, 'SIGTERM');
  for (let i = 0; i < 300 && alive(state.pid); i++) await new Promise((r) => setTimeout(r, 100));
  return true;
}

/**
 * Watches the project database while a server uses it: when its process has died (killed, out of
 * memory, the machine's OOM killer), says so in one line and starts it again on the same port. The
 * driver reconnects by itself; meanwhile the API answers 503 at once (see `restarting`). `kg db stop` removes the state file
 * first, so a database stopped on purpose is left stopped. Returns a function that stops watching.
 */
export interface Supervision {
  /** True from the moment the database is found dead until it answers again. */
  restarting(): boolean;
  stop(): void;
}

export function superviseProjectNeo4j(log: (line: string) => void, intervalMs = 2000): Supervision {
  let restarting = false;
  const check = async () => {
    const state = readState();
    if (restarting || !state || isOurNeo4j(state)) return;
    restarting = true;
    log(`the local Neo4j (pid ${state.pid}) has stopped; restarting it…`);
    try {
      const db = await startProjectNeo4j(() => {}, Number(new URL(state.uri.replace(/^bolt:/, 'http:')).port));
      log(`local Neo4j restarted at ${db.uri} (pid ${db.pid})`);
    } catch (err) {
      log(`could not restart the local Neo4j: ${(err as Error).message.split('\n')[0]}`);
    } finally {
      restarting = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { restarting: () => restarting, stop: () => clearInterval(timer) };
}
