/** The legend: one entry per kind with its colour and count; unticking a kind hides it. */
import type Graph from 'graphology';
import { EDGE_STYLES, KIND_COLOURS } from './styles.ts';
import type { ViewStateStore } from './state.ts';

/** `inFilter` says which nodes the filters keep (null: all); the counts follow it. */
export function renderLegend(container: HTMLElement, graph: Graph, state: ViewStateStore, inFilter: () => ReadonlySet<string> | null = () => null): void {
  const draw = () => {
    const kept = inFilter();
    const counts = new Map<string, number>();
    graph.forEachNode((key, a) => {
      if (!kept || kept.has(key)) counts.set(a.kind as string, (counts.get(a.kind as string) ?? 0) + 1);
    });
    graph.forEachNode((_k, a) => counts.set(a.kind as string, counts.get(a.kind as string) ?? 0));
    container.replaceChildren(
      ...[...counts].sort().map(([kind, n]) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = !state.get().hiddenKinds.has(kind);
        box.dataset.kind = kind;
        box.addEventListener('change', () => {
          const hidden = new Set(state.get().hiddenKinds);
          if (box.checked) hidden.delete(kind);
          else hidden.add(kind);
          state.update({ hiddenKinds: hidden });
        });
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = KIND_COLOURS[kind] ?? '#999';
        label.append(box, swatch, document.createTextNode(`${kind} (${n})`));
        return label;
      }),
    );
  };
  draw();
  state.onChange(draw);
}

/** The edge legend: each relation's colour and whether it is drawn with an arrow, for relations the graph holds. */
export function renderEdgeLegend(container: HTMLElement, graph: Graph): void {
  const kinds = new Set<string>();
  graph.forEachEdge((_e, a) => kinds.add(a.kind as string));
  container.replaceChildren(
    ...Object.entries(EDGE_STYLES)
      .filter(([kind]) => kinds.has(kind))
      .map(([kind, style]) => {
        const item = document.createElement('span');
        item.className = 'edge-key';
        const line = document.createElement('span');
        line.className = 'edge-swatch';
        line.style.borderTopColor = style.color;
        line.style.borderTopWidth = `${Math.max(2, style.size + 1)}px`;
        item.append(line, document.createTextNode(`${kind.replace(/_/g, ' ').toLowerCase()}${style.type === 'arrow' ? ' →' : ''}`));
        return item;
      }),
  );
}
