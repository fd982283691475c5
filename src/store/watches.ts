/**
 * Watches: saved queries marked `// watch: true`, run after each load. Each remembers (in a
 * (:Watch {name}) node) a digest of every row it has reported, and reports only the rows it has not
 * seen — "new MIIT data-security measures" once, not every month.
 */
import { createHash } from 'node:crypto';
import type { Store } from './connect.ts';
import { bindParams, readSavedQueries, type SavedQuery } from './query-library.ts';
import { runQuery } from './query.ts';

export interface WatchReport {
  name: string;
  title: string;
  columns: string[];
  /** Rows the watch had not reported before. */
  newRows: Record<string, unknown>[];
  /** Rows it returns now, new or not. */
  total: number;
}

const rowDigest = (row: Record<string, unknown>) => createHash('sha1').update(JSON.stringify(row)).digest('hex').slice(0, 16);

/** Runs every watch and remembers what it reported. */
export async function runWatches(store: Store, queries: readonly SavedQuery[] = readSavedQueries()): Promise<WatchReport[]> {
  const reports: WatchReport[] = [];
  for (const query of queries.filter((q) => q.watch)) {
    const result = await runQuery(store, query.cypher, { params: bindParams(query, {}) });
    const { records } = await store.driver.executeQuery(
      'MATCH (w:Watch {name: $name}) RETURN w.seen AS seen',
      { name: query.name },
      { database: store.database },
    );
    const seen = new Set<string>((records[0]?.get('seen') as string[] | undefined) ?? []);
    const digests = result.rows.map(rowDigest);
    reports.push({
      name: query.name,
      title: query.title,
      columns: result.columns,
      newRows: result.rows.filter((_r, i) => !seen.has(digests[i]!)),
      total: result.rows.length,
    });
    // What was seen stays seen: a row that goes and comes back is not news.
    await store.driver.executeQuery(
      'MERGE (w:Watch {name: $name}) SET w.seen = $seen, w.ranAt = datetime()',
      { name: query.name, seen: [...new Set([...seen, ...digests])] },
      { database: store.database },
    );
  }
  return reports;
}
