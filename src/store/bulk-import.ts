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
import type { NewsletterFacts } from './facts.ts';
import { newsletterKey, spans, storedProps } from './load.ts';
import { CONFIG_DIR, JVM_FLAGS, LIB_DIR } from './local-neo4j.ts';

/** Between the items of a list in one CSV field: a control character no newsletter text holds. */
const ARRAY_DELIMITER = '\u001f';

type Row = Record<string, unknown>;

/** One CSV file being written: its rows are kept until the header (the properties' types) is known. */
class CsvFile {
  private readonly rows: { id: Row; props: Row }[] = [];
  private readonly types = new Map<string, string>();
  /**
   * Properties holding a list a CSV field cannot say: `[]` and `[""]` are both an empty field, which
   * the importer reads as no property at all. Such a row names them in two marker properties
   * (BLANK_LISTS, EMPTY_LISTS), and restoreLists sets them once the database runs.
   */
  readonly unsaid = new Set<string>();

  constructor(
    readonly file: string,
    /** The importer's own columns (`key:ID`, `:START_ID`…), then the properties. */
    private readonly fixed: readonly string[],
  ) {}

  add(fixed: Row, given: Row): void {
    const props = markUnsaidLists(given);
    for (const k of [...((props[BLANK_LISTS] as string[] | undefined) ?? []), ...((props[EMPTY_LISTS] as string[] | undefined) ?? [])]) this.unsaid.add(k);
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined) continue;
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
    // Lines go out in chunks: a write per line costs more than building the line.
    let chunk = [...this.fixed, ...columns.map((c) => `${c}:${this.types.get(c)}`)].map(quote).join(',') + '\n';
    for (const { id, props } of this.rows) {
      chunk += [...this.fixed.map((f) => csvValue(id[f])), ...columns.map((c) => csvValue(props[c]))].join(',') + '\n';
      if (chunk.length > CHUNK_CHARS) {
        await send(out, chunk);
        chunk = '';
      }
    }
    await send(out, chunk);
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

const CHUNK_CHARS = 1 << 20;

async function send(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
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

/** Marker properties naming a row's lists that were `[""]` and `[]`; restoreLists removes them. */
const BLANK_LISTS = 'bulkImportBlankLists';
const EMPTY_LISTS = 'bulkImportEmptyLists';

/** The row with its unsayable lists left out and named in the markers instead. */
function markUnsaidLists(props: Row): Row {
  const blank: string[] = [];
  const empty: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (!Array.isArray(v) || v.length > 1 || v.some((x) => x !== '')) continue;
    (v.length === 0 ? empty : blank).push(k);
  }
  if (blank.length === 0 && empty.length === 0) return props;
  const out: Row = { ...props };
  for (const k of [...blank, ...empty]) delete out[k];
  if (blank.length > 0) out[BLANK_LISTS] = blank;
  if (empty.length > 0) out[EMPTY_LISTS] = empty;
  return out;
}

/** What the files hold, for the report. */
export interface ImportFiles {
  nodes: { label: string; file: string; rows: number }[];
  relationships: { type: string; file: string; rows: number }[];
  /** Per label and relationship type, the properties some rows hold lists the CSV could not say in. */
  unsaidLists: { label?: string; type?: string; properties: string[] }[];
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
  const files: ImportFiles = { nodes: [], relationships: [], unsaidLists: [] };
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
    if (csv.unsaid.size > 0) files.unsaidLists.push({ label, properties: [...csv.unsaid].sort() });
  }
  for (const [type, csv] of byType) {
    await csv.write();
    files.relationships.push({ type, file: csv.file, rows: csv.size });
    if (csv.unsaid.size > 0) files.unsaidLists.push({ type, properties: [...csv.unsaid].sort() });
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
 * Sets the lists the CSV could not say (`[]`, `[""]`) on the imported graph — the transactional
 * loader stores them as lists, and analysts' Cypher may count them — and removes the markers. The
 * marked rows are read first, then written LIST_BATCH at a time by element id (one statement that
 * matched on the markers and removed them would hold every marked row in memory).
 */
export async function restoreLists(store: Store, files: ImportFiles): Promise<void> {
  for (const { label, type, properties } of files.unsaidLists) {
    const x = label ? 'x' : 'r';
    const pattern = label ? `(x:${label})` : `()-[r:${type}]->()`;
    const set = properties
      .map(
        (p) =>
          `${x}.\`${p}\` = CASE WHEN '${p}' IN coalesce(${x}.${BLANK_LISTS}, []) THEN [''] WHEN '${p}' IN coalesce(${x}.${EMPTY_LISTS}, []) THEN [] ELSE ${x}.\`${p}\` END`,
      )
      .join(', ');
    const marked = await store.driver.executeQuery(
      `MATCH ${pattern} WHERE ${x}.${BLANK_LISTS} IS NOT NULL OR ${x}.${EMPTY_LISTS} IS NOT NULL RETURN elementId(${x}) AS id`,
      {},
      { database: store.database, routing: 'READ' },
    );
    const ids = marked.records.map((r) => r.get('id') as string);
    for (let i = 0; i < ids.length; i += LIST_BATCH) {
      await store.driver.executeQuery(
        `UNWIND $ids AS id MATCH ${pattern} WHERE elementId(${x}) = id SET ${set} REMOVE ${x}.${BLANK_LISTS}, ${x}.${EMPTY_LISTS}`,
        { ids: ids.slice(i, i + LIST_BATCH) },
        { database: store.database },
      );
    }
  }
}
