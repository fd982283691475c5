/**
 * The bulk load: newsletters' facts written as CSV files and read by Neo4j's own importer
 * (`neo4j-admin database import full`, whose classes are among the local Neo4j's jars), into an empty
 * database that is not running. The files say what the transactional loader (load.ts) writes — the
 * same stored properties (`storedProps`, `spans`), one SUPPORTS per newsletter and node, a
 * relationship's sources concatenated in newsletter order — so both give the same graph; the schema's
 * migrations are applied once the database runs again.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { isDate, isInt } from 'neo4j-driver';
import { cypherLabel, cypherRelationshipType } from '../../graph-schema/schema.ts';
import type { Store } from './connect.ts';
import { labelOfKey, type NewsletterFacts } from './facts.ts';
import { groupBy, newsletterKey, spans, storedProps } from './load.ts';
import { CONFIG_DIR, JVM_FLAGS, LIB_DIR } from './local-neo4j.ts';

/** Between the items of a list in one CSV field: a control character no newsletter text holds. */
const ARRAY_DELIMITER = '\u001f';

type Row = Record<string, unknown>;

/** One CSV file being written: its rows are kept until the header (the properties' types) is known. */
class CsvFile {
  private readonly rows: { id: Row; props: Row }[] = [];
  private readonly types = new Map<string, string>();
  /**
   * Lists a CSV field cannot say, by property: `[]` and `[""]` are both an empty field, which the
   * importer reads as no property at all. They are set once the database runs (restoreLists).
   */
  readonly unsaid = new Map<string, { id: Row; value: unknown[] }[]>();

  constructor(
    readonly file: string,
    /** The importer's own columns (`key:ID`, `:START_ID`…), then the properties. */
    private readonly fixed: readonly string[],
  ) {}

  add(fixed: Row, props: Row): void {
    for (const [k, v] of Object.entries(props)) {
      if (Array.isArray(v) && v.every((x) => x === '') && v.length <= 1) {
        const rows = this.unsaid.get(k) ?? [];
        rows.push({ id: fixed, value: v });
        this.unsaid.set(k, rows);
        continue;
      }
      const type = csvType(v);
      if (type === null) continue;
      const known = this.types.get(k);
      if (known !== undefined && known !== type) throw new Error(`property ${k} is ${known} in one row and ${type} in another: the importer needs one type`);
      this.types.set(k, type);
    }
    this.rows.push({ id: fixed, props });
  }

  get size(): number {
    return this.rows.length;
  }

  async write(): Promise<void> {
    const columns = [...this.types.keys()].sort();
    const out = createWriteStream(this.file);
    await line(out, [...this.fixed, ...columns.map((c) => `${c}:${this.types.get(c)}`)].map(quote).join(','));
    for (const { id, props } of this.rows) {
      const cells = [...this.fixed.map((f) => csvValue(id[f])), ...columns.map((c) => csvValue(props[c]))];
      await line(out, cells.join(','));
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

async function line(out: WriteStream, text: string): Promise<void> {
  if (!out.write(`${text}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The importer's type of a stored value (null: nothing to write). */
function csvType(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length === 0 ? 'string[]' : `${csvType(v[0]) ?? 'string'}[]`;
  if (isInt(v)) return 'long';
  if (isDate(v as object)) return 'date';
  if (v instanceof Date) return 'datetime';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return quote(v.map((x) => plain(x)).join(ARRAY_DELIMITER));
  return typeof v === 'string' ? quote(v) : plain(v);
}

function plain(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** What the files hold, for the report. */
export interface ImportFiles {
  nodes: { label: string; file: string; rows: number }[];
  relationships: { type: string; file: string; rows: number }[];
  /** Lists the CSV could not say, to set once the database runs: by node key, or by a relationship's ends. */
  nodeLists: { label: string; property: string; rows: { key: string; value: unknown[] }[] }[];
  relationshipLists: { type: string; property: string; rows: { from: string; to: string; value: unknown[] }[] }[];
}

/**
 * Writes the facts as the importer's CSV files in `dir`: a file per label and per relationship type.
 * Later newsletters' values replace earlier ones as the transactional loader's SET does.
 */
export async function writeImportFiles(dir: string, newsletters: readonly NewsletterFacts[], loadedAt = new Date()): Promise<ImportFiles> {
  mkdirSync(dir, { recursive: true });
  const nodes = new Map<string, { label: string; props: Row }>();
  const supports = new Map<string, { from: string; to: string; props: Row }>();
  const edges = new Map<string, { type: string; from: string; to: string; props: Row }>();
  for (const n of newsletters) {
    const issue = newsletterKey(n);
    for (const fact of n.nodes) {
      const props = { ...storedProps(fact.label, fact.props), key: fact.key };
      const before = nodes.get(fact.key);
      // A newsletter's own node gains properties (SET +=); every other node is replaced whole (SET =).
      nodes.set(fact.key, { label: cypherLabel(fact.label), props: fact.label === 'Newsletter' ? { ...before?.props, ...props } : props });
      if (fact.label === 'Newsletter') continue;
      const s = spans(fact.sources);
      supports.set(`${issue}|${fact.key}`, {
        from: issue,
        to: fact.key,
        props: { starts: s.starts, ends: s.ends, quotes: s.quotes, pages: s.pages, boxes: s.boxes },
      });
    }
    for (const e of n.edges) {
      const type = cypherRelationshipType(e.type);
      const id = `${type}|${e.from.key}|${e.to.key}`;
      const s = spans(e.sources);
      const before = edges.get(id)?.props ?? {};
      const joined = (name: string, items: unknown[]) => [...((before[name] as unknown[] | undefined) ?? []), ...items];
      edges.set(id, {
        type,
        from: e.from.key,
        to: e.to.key,
        props: {
          ...before,
          ...storedProps(e.type, e.props),
          key: e.key,
          sourceFiles: joined('sourceFiles', s.files),
          sourceStarts: joined('sourceStarts', s.starts),
          sourceEnds: joined('sourceEnds', s.ends),
          sourceQuotes: joined('sourceQuotes', s.quotes),
          sourcePages: joined('sourcePages', s.pages),
          sourceBoxes: joined('sourceBoxes', s.boxes),
        },
      });
    }
    const own = nodes.get(issue)!;
    own.props = {
      ...own.props,
      factDigest: n.digest,
      edgeKeys: n.edges.map((e) => e.key),
      loadedAt,
      ...(n.statements !== undefined ? { statements: n.statements } : {}),
    };
  }
  const files: ImportFiles = { nodes: [], relationships: [], nodeLists: [], relationshipLists: [] };
  const byLabel = new Map<string, CsvFile>();
  for (const [key, { label, props }] of nodes) {
    let csv = byLabel.get(label);
    if (!csv) byLabel.set(label, (csv = new CsvFile(path.join(dir, `nodes-${label}.csv`), ['key:ID'])));
    // The ID column is stored as the `key` property itself.
    const { key: _key, ...rest } = props;
    csv.add({ 'key:ID': key }, rest);
  }
  const byType = new Map<string, CsvFile>();
  const addRelationship = (type: string, from: string, to: string, props: Row) => {
    let csv = byType.get(type);
    if (!csv) byType.set(type, (csv = new CsvFile(path.join(dir, `relationships-${type}.csv`), [':START_ID', ':END_ID'])));
    csv.add({ ':START_ID': from, ':END_ID': to }, props);
  };
  for (const s of supports.values()) addRelationship('SUPPORTS', s.from, s.to, s.props);
  for (const e of edges.values()) addRelationship(e.type, e.from, e.to, e.props);
  for (const [label, csv] of byLabel) {
    await csv.write();
    files.nodes.push({ label, file: csv.file, rows: csv.size });
    for (const [property, rows] of csv.unsaid)
      files.nodeLists.push({ label, property, rows: rows.map((r) => ({ key: String(r.id['key:ID']), value: r.value })) });
  }
  for (const [type, csv] of byType) {
    await csv.write();
    files.relationships.push({ type, file: csv.file, rows: csv.size });
    for (const [property, rows] of csv.unsaid) {
      files.relationshipLists.push({
        type,
        property,
        rows: rows.map((r) => ({ from: String(r.id[':START_ID']), to: String(r.id[':END_ID']), value: r.value })),
      });
    }
  }
  return files;
}

/**
 * Runs Neo4j's importer on a database folder (the local Neo4j's `--data`), replacing its default
 * database; the database must not be running. Resolves with the importer's last lines on success.
 */
export async function runImporter(dataDir: string, files: ImportFiles, log: (line: string) => void = () => {}): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const args = [
    ...JVM_FLAGS,
    '-cp',
    `${LIB_DIR}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: the --nodes and --relationships options take every word after them as a file.
    'neo4j',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    '--id-type=string',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    ...files.nodes.map((n) => `--nodes=${n.label}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: CONFIG_DIR }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const l of chunk.toString().split('\n')) {
      if (l.trim() === '') continue;
      output.push(l);
      if (/^(IMPORT DONE|Imported:|\s+\d+ (nodes|relationships|properties))/.test(l)) log(l.trim());
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`Neo4j's importer failed (exit ${code}):\n  ${[...output.filter((l) => !l.startsWith('\tat ')).slice(-12)].join('\n  ')}`);
}

/** Rows per transaction when setting the lists the CSV could not say. */
const LIST_BATCH = 10_000;

/**
 * Sets the lists the CSV could not say (`[]`, `[""]`) on the imported graph: the transactional loader
 * stores them as lists, and analysts' Cypher may count them.
 */
export async function restoreLists(store: Store, files: ImportFiles): Promise<void> {
  const run = (cypher: string, rows: unknown[]) => store.driver.executeQuery(cypher, { rows }, { database: store.database });
  for (const { label, property, rows } of files.nodeLists) {
    for (let i = 0; i < rows.length; i += LIST_BATCH) {
      await run(`UNWIND $rows AS row MATCH (n:${label} {key: row.key}) SET n.\`${property}\` = row.value`, rows.slice(i, i + LIST_BATCH));
    }
  }
  for (const { type, property, rows } of files.relationshipLists) {
    // A relationship is found from its start node, through that label's key index.
    for (const [label, group] of groupBy(rows, (r) => cypherLabel(labelOfKey(r.from)))) {
      for (let i = 0; i < group.length; i += LIST_BATCH) {
        await run(
          `UNWIND $rows AS row MATCH (a:${label} {key: row.from})-[r:${type}]->(b {key: row.to}) SET r.\`${property}\` = row.value`,
          group.slice(i, i + LIST_BATCH),
        );
      }
    }
  }
}
