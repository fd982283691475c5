import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { chosenKeys, choices, matchingPolicies, nextMonth, nodesInFilter, NO_FILTERS, policiesPerMonth, toggledKey } from '../../web/src/filters.ts';
import { playbackSteps } from '../../web/src/timeline.ts';
import { inOrder } from '../../web/src/filter-bar.ts';

/** Three policies: two by MIIT (one in batteries), one by NDRC; dated Nov 2023, Jan and Feb 2024. */
function sample(): DirectedGraph {
  const g = new DirectedGraph();
  g.addNode('agency:miit', { kind: 'Agency', label: 'MIIT' });
  g.addNode('agency:ndrc', { kind: 'Agency', label: 'NDRC' });
  g.addNode('sector:batteries', { kind: 'Sector', label: 'Batteries' });
  g.addNode('target:t1', { kind: 'Target' });
  g.addNode('policy:a', { kind: 'Policy', date: '2023-11-03' });
  g.addNode('policy:b', { kind: 'Policy', date: '2024-01-20' });
  g.addNode('policy:c', { kind: 'Policy', date: '2024-02-01' });
  g.addNode('policy:undated', { kind: 'Policy' });
  g.addDirectedEdge('policy:a', 'agency:miit', { kind: 'ISSUED_BY' });
  g.addDirectedEdge('policy:b', 'agency:miit', { kind: 'ISSUED_BY' });
  g.addDirectedEdge('policy:c', 'agency:ndrc', { kind: 'ISSUED_BY' });
  g.addDirectedEdge('policy:b', 'sector:batteries', { kind: 'IN_SECTOR' });
  g.addDirectedEdge('policy:b', 'target:t1', { kind: 'SETS_TARGET' });
  return g;
}

describe('the explorer’s filters', () => {
  it('keep nothing out when none is set', () => {
    expect(nodesInFilter(sample(), NO_FILTERS)).toBeNull();
  });

  it('keep an agency’s policies with their neighbours', () => {
    const kept = nodesInFilter(sample(), { ...NO_FILTERS, agency: 'agency:miit' })!;
    expect([...kept].sort()).toEqual(['agency:miit', 'policy:a', 'policy:b', 'sector:batteries', 'target:t1']);
  });

  it('combine agency, sector and months', () => {
    const g = sample();
    expect(matchingPolicies(g, { ...NO_FILTERS, agency: 'agency:miit', sector: 'sector:batteries' })).toEqual(['policy:b']);
    expect(matchingPolicies(g, { ...NO_FILTERS, from: '2024-01', to: '2024-01' })).toEqual(['policy:b']);
    expect(matchingPolicies(g, { ...NO_FILTERS, from: '2024-01' })).toEqual(['policy:b', 'policy:c']);
  });

  it('leave undated policies out once months are chosen', () => {
    expect(matchingPolicies(sample(), { ...NO_FILTERS, to: '2030-12' })).not.toContain('policy:undated');
  });

  it('count policies per month across the whole span, empty months included, after the agency filter', () => {
    expect(policiesPerMonth(sample(), { ...NO_FILTERS, agency: 'agency:miit' })).toEqual([
      { month: '2023-11', count: 1 },
      { month: '2023-12', count: 0 },
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 0 },
    ]);
    expect(nextMonth('2023-12')).toBe('2024-01');
  });

  it('offer the agencies policies link to, most policies first', () => {
    expect(choices(sample(), 'Agency').map((c) => [c.label, c.policies])).toEqual([
      ['MIIT', 2],
      ['NDRC', 1],
    ]);
  });
});

describe('a month range typed backwards', () => {
  it('is read as the months between, the ends swapped', () => {
    expect(inOrder({ ...NO_FILTERS, from: '2024-05', to: '2023-01' })).toMatchObject({ from: '2023-01', to: '2024-05' });
    expect(inOrder({ ...NO_FILTERS, from: '2023-01', to: '2024-05' })).toMatchObject({ from: '2023-01', to: '2024-05' });
  });
});

describe('playback through the months', () => {
  it('grows the range a month at a time from the first month with a policy, passing over empty months', () => {
    const months = [
      { month: '2023-10', count: 0 },
      { month: '2023-11', count: 1 },
      { month: '2023-12', count: 0 },
      { month: '2024-01', count: 2 },
    ];
    expect(playbackSteps(months)).toEqual([
      { from: '2023-11', to: '2023-11' },
      { from: '2023-11', to: '2024-01' },
    ]);
    expect(playbackSteps([])).toEqual([]);
  });
});

describe('several agencies at once', () => {
  it('keep the policies any of them issued', () => {
    expect(matchingPolicies(sample(), { ...NO_FILTERS, agency: 'agency:miit,agency:ndrc' }).sort()).toEqual(['policy:a', 'policy:b', 'policy:c']);
    expect(toggledKey('agency:miit,agency:ndrc', 'agency:miit')).toBe('agency:ndrc');
    expect(toggledKey('agency:ndrc', 'agency:ndrc')).toBeNull();
    expect(chosenKeys(null)).toEqual([]);
  });
});
