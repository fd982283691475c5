/**
 * The views the explorer asks for beyond a node's details — a policy's lineage, an agency's policies
 * over time and co-issuers — read through the saved queries analysts can run themselves. The API serves
 * them; `kg publish` writes them ahead into an edition.
 */
import type { AgencyView, LineageStep } from '../../graph-schema/api.ts';
import type { Store } from '../store/connect.ts';
import { bindParams, readSavedQueries, type SavedQuery } from '../store/query-library.ts';
import { runQuery } from '../store/query.ts';

export class SavedViews {
  constructor(
    private readonly store: Store,
    private readonly saved: readonly SavedQuery[] = readSavedQueries(),
    private readonly timeoutMs = 10_000,
  ) {}

  /** Rows of a saved query, or null when there is no such query. */
  async run(name: string, params: Record<string, unknown>) {
    const query = this.saved.find((q) => q.name === name);
    if (!query) return null;
    return runQuery(this.store, query.cypher, { params: bindParams(query, params), timeoutMs: this.timeoutMs });
  }

  async lineage(policyKey: string): Promise<LineageStep[]> {
    return ((await this.run('policy-lineage', { policy: policyKey }))?.rows ?? []) as unknown as LineageStep[];
  }

  async agency(agencyKey: string): Promise<AgencyView> {
    const registryKey = agencyKey.replace(/^agency:/, '');
    return {
      policiesByYear: ((await this.run('agency-policies-by-year', { agency: registryKey }))?.rows ?? []) as unknown as AgencyView['policiesByYear'],
      coIssuers: ((await this.run('co-issuers', { agency: registryKey }))?.rows ?? []) as unknown as AgencyView['coIssuers'],
    };
  }
}
