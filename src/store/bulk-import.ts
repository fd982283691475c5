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

/**
 * Where a row's unsaid lists go once the database runs: a node by its label and key, a relationship
 * by its type and its ends' labels and keys (each label's key is unique, so each is found by index).
 */
type RowPlace = { label: string; key: string } | { type: string; fromLabel: string; from: string; toLabel: string; to: string };

/** A row's lists the CSV cannot say, with the values they must have. */
export interface UnsaidLists {
  place: RowPlace;
  props: Row;
}

/** One CSV file being written: its rows are kept until the header (the properties' types) is known. */
class CsvFile {
  private readonly rows: { id: Row; props: Row }[] = [];
  private readonly types = new Map<string, string>();

  constructor(
    readonly file: string,
    /** The importer's own columns (`key:ID`, `:START_ID`…), then the properties. */
    private readonly fixed: readonly string[],
    /** Rows' lists the CSV cannot say, for restoreLists. */
    private readonly unsaid: UnsaidLists[],
  ) {}

  add(fixed: Row, given: Row, place: RowPlace): void {
    const { said, unsaid } = splitUnsayableLists(given);
    if (unsaid) this.unsaid.push({ place, props: unsaid });
    for (const k in said) {
      const v = said[k];
      if (v === undefined) continue;
      const type = csvType(v);
      if (type === null) continue;
      const known = this.types.get(k);
      if (known === undefined) this.types.set(k, type);
      else if (known !== type) throw new Error(`property ${k} is ${known} in one row and ${type} in another: the importer needs one type`);
    }
    this.rows.push({ id: fixed, props: said });
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
      let line = '';
      for (const f of this.fixed) line += (line === '' ? '' : ',') + csvValue(id[f]);
      for (const c of columns) line += ',' + csvValue(props[c]);
      chunk += line + '\n';
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

const quote = (s: string) => (s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`);

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
  if (Array.isArray(v)) return quote(v.map(listItem).join(ARRAY_DELIMITER));
  return typeof v === 'string' ? quote(v) : plain(v);
}

/**
 * An item of a list as the importer reads it back: it trims every list item (`--trim-strings`, which
 * leaves quoted single strings alone), so an empty string is written as a space — the only way a
 * field can say `[""]`, the box list of a source read from text.
 */
function listItem(x: unknown): string {
  return x === '' ? ' ' : plain(x);
}

function plain(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  // An Integer's own toString works digit by digit in any radix; most are small.
  if (isInt(v)) return v.inSafeRange() ? String(v.toNumber()) : v.toString();
  return String(v);
}

/**
 * A list the CSV cannot say: `[]` (an empty field is no property at all), or one whose strings
 * have blanks at their ends, which the importer trims.
 */
function isUnsayable(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  return v.length === 0 || v.some((x) => typeof x === 'string' && x !== '' && x.trim() !== x);
}

/** The row's properties split into those the CSV says and the lists it cannot (undefined: none). */
function splitUnsayableLists(props: Row): { said: Row; unsaid?: Row } {
  let unsaid: Row | undefined;
  for (const k in props) {
    if (isUnsayable(props[k])) (unsaid ??= {})[k] = props[k];
  }
  if (!unsaid) return { said: props };
  const said: Row = {};
  for (const k in props) if (!(k in unsaid)) said[k] = props[k];
  return { said, unsaid };
}

/** What the files hold, for the report. */
export interface ImportFiles {
  nodes: { label: string; file: string; rows: number }[];
  relationships: { type: string; file: string; rows: number }[];
  /** Rows' lists the CSV cannot say, set by restoreLists once the database runs. */
  unsaidLists: UnsaidLists[];
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
      const props = storedProps(fact.label, fact.props);
      props.key = fact.key;
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
      const before = edges.get(id)?.props;
      const joined = (name: string, items: unknown[]) => (before ? [...(before[name] as unknown[]), ...items] : items);
      const props = storedProps(e.type, e.props);
      edges.set(id, {
        type,
        from: e.from.key,
        to: e.to.key,
        props: Object.assign(before ? { ...before } : {}, props, {
          key: e.key,
          sourceFiles: joined('sourceFiles', s.files),
          sourceStarts: joined('sourceStarts', s.starts),
          sourceEnds: joined('sourceEnds', s.ends),
          sourceQuotes: joined('sourceQuotes', s.quotes),
          sourcePages: joined('sourcePages', s.pages),
          sourceBoxes: joined('sourceBoxes', s.boxes),
        }),
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
    if (!csv) byLabel.set(label, (csv = new CsvFile(path.join(dir, `nodes-${label}.csv`), ['key:ID'], files.unsaidLists)));
    // The ID column is stored as the `key` property itself.
    const { key: _key, ...rest } = props;
    csv.add({ 'key:ID': key }, rest, { label, key });
  }
  const byType = new Map<string, CsvFile>();
  const addRelationship = (type: string, from: string, to: string, props: Row) => {
    let csv = byType.get(type);
    if (!csv) byType.set(type, (csv = new CsvFile(path.join(dir, `relationships-${type}.csv`), [':START_ID', ':END_ID'], files.unsaidLists)));
    csv.add({ ':START_ID': from, ':END_ID': to }, props, { type, fromLabel: nodes.get(from)!.label, from, toLabel: nodes.get(to)!.label, to });
  };
  for (const s of supports.values()) addRelationship('SUPPORTS', s.from, s.to, s.props);
  for (const e of edges.values()) addRelationship(e.type, e.from, e.to, e.props);
  for (const [label, csv] of byLabel) {
    await csv.write();
    files.nodes.push({ label, file: csv.file, rows: csv.size });
  }
  for (const [type, csv] of byType) {
    await csv.write();
    files.relationships.push({ type, file: csv.file, rows: csv.size });
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
    // List items are trimmed (see listItem); single strings, always quoted, are not.
    '--trim-strings=true',
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
 * Sets the lists the CSV could not say (`[]`, items with blanks at their ends) on the imported graph —
 * the transactional loader stores them as given, and analysts' Cypher may count them. Run after the
 * schema's migrations: each row is found by its label's unique key.
 */
export async function restoreLists(store: Store, files: ImportFiles): Promise<void> {
  const byStatement = new Map<string, Row[]>();
  for (const { place, props } of files.unsaidLists) {
    const [statement, row] =
      'label' in place
        ? [`MATCH (x:${place.label} {key: row.key})`, { key: place.key, props }]
        : [`MATCH (:${place.fromLabel} {key: row.from})-[x:${place.type}]->(:${place.toLabel} {key: row.to})`, { from: place.from, to: place.to, props }];
    let rows = byStatement.get(statement);
    if (!rows) byStatement.set(statement, (rows = []));
    rows.push(row);
  }
  for (const [match, rows] of byStatement) {
    for (let i = 0; i < rows.length; i += LIST_BATCH) {
      await store.driver.executeQuery(`UNWIND $rows AS row ${match} SET x += row.props`, { rows: rows.slice(i, i + LIST_BATCH) }, { database: store.database });
    }
  }
}
