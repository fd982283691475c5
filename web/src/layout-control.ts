/**
 * Re-running ForceAtlas2 on demand, in a web worker so the page stays responsive; the same button
 * stops it, and it stops by itself after a while so a forgotten layout does not spin the fans.
 */
import type Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

const LONGEST_RUN_MS = 60_000;

export function attachLayoutControl(button: HTMLButtonElement, graph: Graph): void {
  let layout: FA2Layout | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    layout?.kill();
    layout = null;
    button.textContent = 'Re-run layout';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (layout) return stop();
    layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
    layout.start();
    button.textContent = 'Stop layout';
    button.setAttribute('aria-pressed', 'true');
    timer = setTimeout(stop, LONGEST_RUN_MS);
  });
}
