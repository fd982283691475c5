/**
 * The analysts' saved queries in graph-schema/queries: one Cypher file each, with a header of
 * `// title:`, `// description:` and `// param: name type = default — what it is` lines. A
 * `// watch: true` line makes it a watch: after each load, `kg load` reports its rows that are new.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const QUERIES_DIR = path.resolve(import.meta.dirname, '../../graph-schema/queries');

export const ParamType = z.enum(['string', 'integer', 'boolean']);

/** A saved query's parameter given a value of the wrong type. */
export class SavedQueryParamError extends Error {
  override name = 'SavedQueryParamError';
}

export interface SavedQueryParam {
  name: string;
  type: z.infer<typeof ParamType>;
  default: string | number | boolean | null;
  description: string;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: SavedQueryParam[];
  /** Run after every load, reporting the rows not seen before (watches.ts). */
  watch: boolean;
  cypher: string;
}

const PARAM = /^(\w+)\s+(\w+)(?:\s*=\s*(.+?))?\s+—\s+(.+)$/;

function typedDefault(type: SavedQueryParam['type'], raw: string | undefined): SavedQueryParam['default'] {
  if (raw === undefined) return null;
  if (type === 'integer') return Number.parseInt(raw, 10);
  if (type === 'boolean') return raw === 'true';
  return raw;
}

export function parseSavedQuery(name: string, text: string): SavedQuery {
  const header = new Map<string, string[]>();
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\/\/\s*(title|description|param|watch):\s*(.+)$/.exec(line.trim());
    if (m && body.length === 0) header.set(m[1]!, [...(header.get(m[1]!) ?? []), m[2]!.trim()]);
    else body.push(line);
  }
  const title = header.get('title')?.[0];
  if (!title) throw new Error(`graph-schema/queries/${name}.cypher: no "// title:" line`);
  const params = (header.get('param') ?? []).map((p) => {
    const m = PARAM.exec(p);
    if (!m) throw new Error(`graph-schema/queries/${name}.cypher: cannot read the parameter line "${p}"`);
    const type = ParamType.parse(m[2]);
    return { name: m[1]!, type, default: typedDefault(type, m[3]), description: m[4]! };
  });
  const watch = header.get('watch')?.[0] === 'true';
  if (watch && params.some((p) => p.default === null))
    throw new Error(`graph-schema/queries/${name}.cypher: a watch runs unattended, so every parameter needs a default`);
  return { name, title, description: header.get('description')?.[0] ?? '', params, watch, cypher: body.join('\n').trim() };
}

export function readSavedQueries(dir = QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(f.replace(/\.cypher$/, ''), readFileSync(path.join(dir, f), 'utf8')));
}

/** The parameters to run a saved query with: given values checked against their types, defaults for the rest. */
export function bindParams(query: SavedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    const value = given[p.name] ?? p.default;
    const schema = p.type === 'integer' ? z.coerce.number().int() : p.type === 'boolean' ? z.coerce.boolean() : z.string();
    const parsed = schema.safeParse(value);
    if (!parsed.success || value === null)
      throw new SavedQueryParamError(`${query.name}: parameter "${p.name}" needs ${p.type === 'integer' ? 'an' : 'a'} ${p.type}`);
    params[p.name] = parsed.data;
  }
  return params;
}
