/**
 * Where each node stands in the explorer's picture, kept in the store beside the facts: `layout`,
 * [x, y, size], a derived property like a load's digest (STORE_INTERNAL), never a fact. The whole
 * graph is laid out when the data changes and the places written here, so a server — this one after a
 * restart, or another — reads them instead of laying the graph out again.
 */
import { cypherLabel } from '../../graph-schema/schema.ts';
import type { Store } from './connect.ts';

export type Place = [number, number, number];

/** Rows per transaction: a 50k-node picture is a few short writes. */
const BATCH = 10_000;

/** Writes each node's place, by kind (so the key index finds the node), in batches. */
export async function storeLayout(store: Store, places: readonly { key: string; kind: string; place: Place }[]): Promise<void> {
  const byKind = new Map<string, { key: string; place: Place }[]>();
  for (const { key, kind, place } of places) {
    const rows = byKind.get(kind) ?? [];
    rows.push({ key, place });
    byKind.set(kind, rows);
  }
  for (const [kind, rows] of byKind) {
    for (let i = 0; i < rows.length; i += BATCH) {
      await store.driver.executeQuery(
        `UNWIND $rows AS row MATCH (n:${cypherLabel(kind)} {key: row.key}) SET n.layout = row.place`,
        { rows: rows.slice(i, i + BATCH) },
        { database: store.database, routing: 'WRITE' },
      );
    }
  }
}
