/** The explorer: loads the laid-out graph, draws it, and wires legend, search, panel and URL state. */
import Graph from 'graphology';
import { api } from './api.ts';
import { renderLegend } from './legend.ts';
import { renderPanel } from './panel.ts';
import { GraphRenderer } from './renderer.ts';
import { attachSearch } from './search.ts';
import { attachConsole } from './console.ts';
import { attachExports } from './exports.ts';
import { ViewStateStore } from './state.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function start(): Promise<void> {
  const status = $('status');
  status.textContent = 'Loading the graph…';
  const graph = Graph.from(await api.graph());
  const state = new ViewStateStore();
  const select = (key: string) => state.update({ selected: key });
  const renderer = new GraphRenderer(graph, $('canvas'), select);
  renderLegend($('legend'), graph, state);
  attachExports(document.querySelectorAll<HTMLButtonElement>('[data-export]'), renderer.sigma, graph, state);
  attachSearch($<HTMLInputElement>('search'), $<HTMLUListElement>('suggestions'), select);
  const pick = (keys: string[]) => renderer.pick(keys);
  const apply = () => {
    renderer.pick([]);
    renderer.show(state.get());
    void renderPanel($('panel'), state.get().selected, select, pick);
  };
  state.onChange(apply);
  apply();
  await attachConsole($<HTMLDetailsElement>('console'), { onResult: pick, onRun: (query) => state.update({ query }) }, state.get().query);
  status.textContent = `${graph.order} nodes, ${graph.size} edges`;
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  $('status').textContent = `The graph could not be loaded: ${err.message}`;
});
