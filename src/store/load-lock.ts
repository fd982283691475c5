/**
 * One load at a time, held by the store itself: a load keeps a write transaction open on the single
 * (:LoadLock {name: 'load'}) node from start to end, so a second load's transaction waits on that
 * node's lock. The lock lives and dies with the holder's connection: a load that is killed, or a
 * database that restarts, leaves nothing to clean up. Who holds it is written beside it, on
 * (:LoadLock {name: 'load:holder'}), for a waiting load to say whom it waits for.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store } from './connect.ts';

export class LoadLockedError extends Error {
  override name = 'LoadLockedError';
}

export interface LockOptions {
  /** How long to wait for another load to finish before giving up. */
  waitMs?: number;
  /** Said once when the store is busy: who holds it, since when. */
  onWait?: (holder: string) => void;
}

const LOCK = 'load';
const HOLDER = 'load:holder';
/** Longer than any load: the database's own default limit would end the lock mid-load. */
const HOLD_MS = 24 * 60 * 60_000;
/** A load that has not got the lock by then is waiting, and says so. */
const TELL_AFTER_MS = 200;

async function holderOf(store: Store): Promise<string> {
  const r = await store.driver.executeQuery(
    'MATCH (h:LoadLock {name: $name}) RETURN h.holder AS holder, toString(h.since) AS since',
    { name: HOLDER },
    { database: store.database },
  );
  const holder = r.records[0]?.get('holder') as string | null | undefined;
  return holder ? `${holder} (since ${r.records[0]?.get('since')})` : 'a load that has not said who it is';
}

/**
 * Ends our own transaction while it waits on the lock: the server processes a connection's messages
 * in order, so a rollback sent behind the blocked statement would wait as long as it does.
 */
async function stopWaiting(store: Store, me: string): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    const waiting = await session.run('SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.loadLockWaiter = $me RETURN transactionId', { me });
    const ids = waiting.records.map((r) => r.get('transactionId') as string);
    if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
  } finally {
    await session.close();
  }
}

export async function withLoadLock<T>(store: Store, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const me = `${hostname()} pid ${process.pid} (${randomUUID().slice(0, 8)})`;
  const write = (cypher: string, params: Record<string, unknown>) => store.driver.executeQuery(cypher, params, { database: store.database });
  // MERGE only when missing: merging a node another load holds would wait outside our time limit.
  const present = await store.driver.executeQuery(
    'MATCH (l:LoadLock) WHERE l.name IN [$lock, $holder] RETURN count(l) AS n',
    { lock: LOCK, holder: HOLDER },
    { database: store.database },
  );
  if (Number(present.records[0]?.get('n')) < 2)
    await write('MERGE (:LoadLock {name: $lock}) MERGE (:LoadLock {name: $holder})', { lock: LOCK, holder: HOLDER });

  const session = store.driver.session({ database: store.database });
  const tx = session.beginTransaction({ timeout: HOLD_MS, metadata: { loadLockWaiter: me } });
  try {
    const taken = tx.run('MATCH (l:LoadLock {name: $name}) SET l.heldSince = datetime() RETURN l.name', { name: LOCK }).then(() => true);
    const tell = setTimeout(() => {
      holderOf(store).then(
        (holder) => options.onWait?.(`waiting for another load to finish: ${holder}`),
        () => {},
      );
    }, TELL_AFTER_MS);
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), options.waitMs ?? 10 * 60_000)));
    const got = await Promise.race([taken, gaveUp]);
    clearTimeout(tell);
    clearTimeout(timer);
    if (!got) {
      const holder = await holderOf(store);
      await stopWaiting(store, me);
      await taken.catch(() => {});
      throw new LoadLockedError(`another load holds the store: ${holder}; try again when it has finished`);
    }

    await write('MATCH (h:LoadLock {name: $name}) SET h.holder = $me, h.since = datetime()', { name: HOLDER, me });
    try {
      return await work();
    } finally {
      await write('MATCH (h:LoadLock {name: $name, holder: $me}) SET h.holder = null, h.since = null', { name: HOLDER, me }).catch(() => {});
    }
  } finally {
    // Nothing to commit: ending the transaction is what lets the next load in.
    await tx.rollback().catch(() => {});
    await session.close().catch(() => {});
  }
}
