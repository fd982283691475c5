/** The statistics controls: size by a measure, colour by kind or community, and a caption saying what is shown. */
import type Graph from 'graphology';
import { applyStatistics, computeStatistics, SIZE_MEASURES, topNodes, type ColourMeasure, type SizeMeasure, type Statistics } from './statistics.ts';
import { KIND_COLOURS } from './styles.ts';

export function attachStatistics(size: HTMLSelectElement, colour: HTMLSelectElement, caption: HTMLElement, graph: Graph): void {
  let stats: Statistics | null = null;
  const label = (key: string) => String(graph.getNodeAttribute(key, 'label') ?? key);
  const apply = () => {
    if (size.value === '' && colour.value === 'kind') {
      // Back to the layout's sizes and the kinds' colours.
      graph.forEachNode((key, a) => {
        if (a.baseSize !== undefined) graph.setNodeAttribute(key, 'size', a.baseSize);
        graph.setNodeAttribute(key, 'color', KIND_COLOURS[a.kind as string] ?? '#999');
      });
      caption.textContent = '';
      return;
    }
    // Measured once, when first asked for: betweenness costs a pass per node.
    stats ??= computeStatistics(graph);
    const measure = (size.value || 'degree') as SizeMeasure;
    const text = applyStatistics(graph, stats, measure, colour.value as ColourMeasure, (kind) => KIND_COLOURS[kind] ?? '#999');
    const top = topNodes(stats, measure, 3)
      .map(([key]) => label(key))
      .join(', ');
    caption.textContent = `${text}. Highest: ${top}.`;
  };
  size.replaceChildren(
    Object.assign(document.createElement('option'), { value: '', textContent: 'Size: layout' }),
    ...SIZE_MEASURES.map((m) => Object.assign(document.createElement('option'), { value: m, textContent: `Size: ${m === 'pagerank' ? 'PageRank' : m}` })),
  );
  colour.replaceChildren(
    Object.assign(document.createElement('option'), { value: 'kind', textContent: 'Colour: kind' }),
    Object.assign(document.createElement('option'), { value: 'community', textContent: 'Colour: community' }),
  );
  size.addEventListener('change', apply);
  colour.addEventListener('change', apply);
}
