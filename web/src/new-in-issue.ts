/**
 * "New in this issue": choose a newsletter and the canvas highlights what it is the first to state —
 * new policies, lineage links, bodies issuing for the first time, new targets, disagreements — with a
 * count of each beside the choice (GET /api/changes).
 */
import { api, type Digest } from './api.ts';

/** The nodes a digest names: what to highlight. */
export function digestKeys(d: Digest): string[] {
  return [
    ...new Set([
      ...d.newPolicies.map((p) => p.key),
      ...d.newLineage.flatMap((l) => [l.from.key, l.to.key]),
      ...d.firstActiveAgencies.map((a) => a.key),
      ...d.newTargets.map((t) => t.key),
      ...d.conflicts.map((c) => c.key),
    ]),
  ];
}

export async function attachNewInIssue(select: HTMLSelectElement, summary: HTMLElement, pick: (keys: string[]) => void): Promise<void> {
  const newsletters = await api.newsletters().catch(() => []);
  select.replaceChildren(
    Object.assign(document.createElement('option'), { value: '', textContent: 'New in this issue…' }),
    ...newsletters.map((n) => Object.assign(document.createElement('option'), { value: n.key, textContent: n.label })),
  );
  select.addEventListener('change', async () => {
    summary.textContent = '';
    if (!select.value) return pick([]);
    try {
      const d = await api.changes(select.value);
      pick(digestKeys(d));
      summary.textContent =
        `${d.newPolicies.length} new policies, ${d.newLineage.length} lineage links, ${d.firstActiveAgencies.length} first-time issuers, ` +
        `${d.newTargets.length} new targets (${d.targetsDueThisYear.length} due this year), ${d.conflicts.length} disagreements`;
    } catch (err) {
      summary.textContent = `Cannot read what is new: ${(err as Error).message}`;
    }
  });
}
