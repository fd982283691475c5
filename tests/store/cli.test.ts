/** `kg load`, `kg query` and `kg schema apply` as a person runs them, against the test database. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/extract.ts';
import { emptyTestStore, testStoreConfig } from '../helpers/store.ts';

const KG = path.resolve(import.meta.dirname, '../../bin/kg.js');

async function kg(args: string[], env: Record<string, string> = {}) {
  const { uri, user, password } = testStoreConfig();
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [KG, ...args], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const store = await emptyTestStore();
  await store.close();
});

describe('kg with a store', () => {
  it('loads the seeds, then finds nothing to change on a second load', async () => {
    const first = await kg(['load', SEEDS_DIR, '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Loaded into bolt:\/\/127\.0\.0\.1:\d+: 5 newsletters written, 0 unchanged; nodes \d+ created/);
    // The data changed: its picture is laid out and stored once, by the load, not by the first server.
    expect(first.stderr).toMatch(/laid out the graph's \d+ nodes for the explorer in [\d.]+ s/);
    const second = await kg(['load', SEEDS_DIR, '--quiet']);
    expect(second.stderr).not.toMatch(/laid out/);
    expect(second.stderr).toMatch(/0 newsletters written, 5 unchanged; nodes 0 created, 0 updated, 0 removed; relationships 0 created, 0 updated, 0 removed/);
  });

  it('loads a graph exported by kg extract, and names a file that is no such export', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-graph-'));
    const graph = path.join(dir, 'graph.json');
    expect((await kg(['extract', SEEDS_DIR, '--out', graph, '--quiet'])).code).toBe(0);
    expect((await kg(['load', '--graph', graph])).stderr).toMatch(/0 newsletters written, 5 unchanged/);
    // Each newsletter's facts on a line of their own (`--format ndjson`) load the same.
    const lines = path.join(dir, 'facts.ndjson');
    expect((await kg(['extract', SEEDS_DIR, '--format', 'ndjson', '--out', lines, '--quiet'])).code).toBe(0);
    expect((await kg(['load', '--graph', lines])).stderr).toMatch(/0 newsletters written, 5 unchanged/);
    writeFileSync(path.join(dir, 'cut.ndjson'), `${readFileSync(lines, 'utf8')}{"nodes": [`);
    expect((await kg(['load', '--graph', path.join(dir, 'cut.ndjson')])).stderr).toMatch(
      /cut\.ndjson: not a policy-graph export \(not JSON, nor JSON lines: line 6: /,
    );
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ nodes: [] }));
    const bad = await kg(['load', '--graph', path.join(dir, 'other.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: .*other\.json: not a policy-graph export \(attributes: /);
    writeFileSync(path.join(dir, 'text.json'), 'not json at all');
    const text = await kg(['load', '--graph', path.join(dir, 'text.json')]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^error: .*text\.json: not a policy-graph export \(not JSON: /);
    expect((await kg(['load', '--graph', path.join(dir, 'missing.json')])).stderr).toMatch(/^error: .*missing\.json: cannot be read \(ENOENT\)/);
  });

  it('prints query rows as JSON objects keyed by column, with parameters', async () => {
    const { code, stdout } = await kg([
      'query',
      'MATCH (a:Agency {abbreviation: $ab}) RETURN a.name AS name, a.level AS level',
      '--param',
      'ab=MIIT',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ name: 'Ministry of Industry and Information Technology', level: 'central' }]);
  });

  it('prints query rows as a table', async () => {
    const { stdout } = await kg(['query', 'MATCH (t:Target) WHERE t.year = $y RETURN count(t) AS targets', '--param', 'y=2027']);
    expect(stdout).toMatch(/^targets\n-+\n\d+\n\(1 row\)\n$/);
  });

  it('refuses a write without --write, saying why', async () => {
    const { code, stderr } = await kg(['query', "CREATE (:Policy {key: 'policy:x'})"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: refused: CREATE: the console only reads: .*\n$/);
  });

  it('reports a broken uniqueness constraint in one line', async () => {
    const { code, stderr } = await kg(['query', '--write', "CREATE (:Agency {key: 'agency:miit'})"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: Node\(\d+\) already exists with label `Agency` and property `key` = 'agency:miit'\n$/);
  });

  it('says where and why when the database cannot be reached, and what to do', async () => {
    const { code, stderr } = await kg(['query', 'RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: .+\. Start the local database with "kg db start"/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a malformed NEO4J_URI', async () => {
    const { code, stderr } = await kg(['query', 'RETURN 1'], { NEO4J_URI: 'http://localhost:7474' });
    expect(code).toBe(1);
    expect(stderr).toBe('error: NEO4J_URI must look like bolt://host:7687 or neo4j+s://host\n');
  });

  it('applies the schema idempotently', async () => {
    const { code, stderr } = await kg(['schema', 'apply']);
    expect(code).toBe(0);
    expect(stderr).toBe('schema is up to date (version 4)\n');
  });
});

describe('kg after a monthly load', () => {
  it('ends a load with what each new issue added, and prints an issue’s digest and the disagreements', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-month-'));
    const issue = (date: string, day: string) =>
      `MERICS China Industries ${date}\n\nTOP 5\n\n1. MIIT plans for sodium-ion batteries\n\nAt a glance: On ${day}, the Ministry of Industry and Information Technology (MIIT) released the Action Plan for Sodium-ion Battery Industry Development.\n\nArticle: Action Plan for Sodium-ion Battery Industry Development\nIssuer: MIIT\nDate: ${day}\n`;
    writeFileSync(path.join(dir, 'cli-a.txt'), issue('March 2030', 'March 3, 2030'));
    writeFileSync(path.join(dir, 'cli-b.txt'), issue('April 2030', 'March 4, 2030'));
    const first = await kg(['load', path.join(dir, 'cli-a.txt'), '--quiet']);
    expect(first.stderr).toMatch(/new: cli-a\.txt \(2030-03-\d\d\): 1 new policies, 0 new lineage links/);
    const second = await kg(['load', path.join(dir, 'cli-b.txt'), '--quiet']);
    expect(second.stderr).toMatch(/new: cli-b\.txt .*: 0 new policies.*1 disagreements/);
    expect(second.stderr).toMatch(/1 attributes on which newsletters disagree: "kg conflicts" lists them/);

    const md = await kg(['digest', 'cli-a.txt']);
    expect(md.stdout).toMatch(/^# New in China Industries, 2030-03-\d\d \(cli-a\.txt\)/);
    expect(md.stdout).toContain('Action Plan for Sodium-ion Battery Industry Development');
    expect(JSON.parse((await kg(['digest', 'cli-b.txt', '--format', 'json'])).stdout).conflicts).toHaveLength(1);
    const missing = await kg(['digest', 'nowhere.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: the store holds no newsletter nowhere\.txt/);

    const conflicts = await kg(['conflicts']);
    expect(conflicts.stdout).toMatch(/date +\| 2030-03-04 +\| 2030-03-04 ← cli-b\.txt; 2030-03-03 ← cli-a\.txt/);
  });
});
