/**
 * The API's read model: node details answered from an in-memory snapshot of the store, renewed when a
 * load — here, as from another process — stamps the store with a new data version.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractNewsletter } from '../../src/extract/index.ts';
import { keys } from '../../src/graph/keys.ts';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/connect.ts';
import { loadFragments } from '../../src/store/load.ts';
import { SEEDS_DIR, seedFiles } from '../helpers/extract.ts';
import { emptyTestStore } from '../helpers/store.ts';

const MAX_AGE_MS = 300;
let store: Store;
let server: Server;
let base: string;
const fragmentOf = (file: string) => extractNewsletter(file, readFileSync(path.join(SEEDS_DIR, file))).fragment.graph;
const [first, second] = seedFiles as [string, string];

beforeAll(async () => {
  store = await emptyTestStore();
  await loadFragments(store, [fragmentOf(first)]);
  server = createApp(store, { snapshotMaxAgeMs: MAX_AGE_MS }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await store?.close();
});

const status = async (key: string) => (await fetch(`${base}/api/nodes/${encodeURIComponent(key)}`)).status;

it('answers from its snapshot until a load stamps a new data version, then from the new one', async () => {
  const [firstIssue, secondIssue] = [keys.newsletter(first), keys.newsletter(second)];
  expect(await status(firstIssue)).toBe(200);
  expect(await status(secondIssue)).toBe(404);
  await loadFragments(store, [fragmentOf(second)]);
  await new Promise((r) => setTimeout(r, MAX_AGE_MS + 50));
  expect(await status(secondIssue)).toBe(200);
  // The new snapshot knows the relations the load brought: the second issue's entries.
  const detail = (await (await fetch(`${base}/api/nodes/${encodeURIComponent(secondIssue)}`)).json()) as { neighbours: Record<string, { total: number }> };
  expect(detail.neighbours['PUBLISHED_IN:in']?.total).toBeGreaterThan(0);
});
