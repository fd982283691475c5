/** Generic policy titles get the covering headline as context on the canvas. */
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { addContextToLabels, isGenericTitle } from '../../web/src/labels.ts';

describe('labels with context', () => {
  it.each([
    ['Guidelines', true],
    ['Implementation Plan', true],
    ['Trial Measures (Draft)', true],
    ['Action Plan for Computing Power Infrastructure', false],
    ['Data Security Law', false],
  ])('tell whether "%s" names only a kind of document (%s)', (title, generic) => {
    expect(isGenericTitle(title)).toBe(generic);
  });

  it('name a generic policy with the headline of the entry that covers it, and leave the others', () => {
    const g = new DirectedGraph();
    g.addNode('entry:e', { kind: 'Entry', headline: 'MIIT pushes robots' });
    g.addNode('policy:guidelines', { kind: 'Policy', title: 'Guidelines', label: 'Guidelines' });
    g.addNode('policy:law', { kind: 'Policy', title: 'Data Security Law', label: 'Data Security Law' });
    g.addNode('policy:notice', { kind: 'Policy', title: 'Notice', label: 'Notice' });
    g.addEdge('entry:e', 'policy:guidelines', { kind: 'COVERS' });
    expect(addContextToLabels(g)).toBe(1);
    expect(g.getNodeAttribute('policy:guidelines', 'label')).toBe('Guidelines · MIIT pushes robots');
    expect(g.getNodeAttribute('policy:law', 'label')).toBe('Data Security Law');
    expect(g.getNodeAttribute('policy:notice', 'label')).toBe('Notice');
  });
});
