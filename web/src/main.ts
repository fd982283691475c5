/** The explorer: loads the laid-out graph, draws it, and wires filters, legend, search, panel, console and URL state. */
import Graph from 'graphology';
import { attachAgencyNetwork } from './agency-network.ts';
import { api, edition, NO_CONSOLE } from './api.ts';
import { Expansions } from './expansion.ts';
import { attachExports } from './exports.ts';
import { attachFilterBar } from './filter-bar.ts';
import { attachLayoutControl } from './layout-control.ts';
import { renderEdgeLegend, renderLegend } from './legend.ts';
import { addContextToLabels } from './labels.ts';
import { attachNewInIssue } from './new-in-issue.ts';
import { renderPanel } from './panel.ts';
import { ResultOverlay, type ResultGraph } from './result-overlay.ts';
import { attachStatistics } from './statistics-control.ts';
import { GraphRenderer } from './renderer.ts';
import { attachSearch } from './search.ts';
import { ViewStateStore } from './state.ts';
import { isFiltering, nodesInFilter } from './filters.ts';
import { hiddenNodes } from './view.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What a view shows, for an export's caption: the filters, the kinds left out, and the day. */
function describeView(view: ReturnType<ViewStateStore['get']>): string {
  const f = view.filters;
  const parts = [
    f.agency
      ? `agency ${f.agency
          .replace(/agency:/g, '')
          .toUpperCase()
          .replace(/,/g, ' or ')}`
      : null,
    f.sector ? `sector ${f.sector.replace(/sector:/g, '').replace(/,/g, ' or ')}` : null,
    f.from || f.to ? `${f.from ?? '…'} to ${f.to ?? '…'}` : null,
    view.hiddenKinds.size > 0 ? `without ${[...view.hiddenKinds].sort().join(', ')}` : null,
  ].filter(Boolean);
  return `policy-graph: ${parts.length > 0 ? parts.join('; ') : 'the whole graph'} (exported ${new Date().toISOString().slice(0, 10)})`;
}

async function start(): Promise<void> {
  const status = $('status');
  status.textContent = 'Loading the graph…';
  const graph = Graph.from(await api.graph());
  addContextToLabels(graph);
  const state = new ViewStateStore();
  const expansions = new Expansions(graph);
  const select = (key: string) => state.update({ selected: key });
  const renderer = new GraphRenderer(graph, $('canvas'), select, hiddenNodes(graph, state.get(), new Set()));
  // A click on empty canvas, Escape or the panel's close button end the selection.
  const deselect = () => state.get().selected !== null && state.update({ selected: null });
  renderer.sigma.on('clickStage', deselect);
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, .cm-editor, dialog');
    if (event.key === 'Escape' && !typing) deselect();
  });
  const hidden = () => hiddenNodes(graph, state.get(), expansions.revealed());
  const pick = (keys: string[]) => renderer.pick(keys);
  const results = new ResultOverlay(graph);
  const drawResult = (result: ResultGraph) => {
    const drawn = results.show(result);
    renderer.pick(drawn.nodes, drawn.edges);
    // What the canvas holds of the result, for a test or a person's inspector to read.
    Object.assign($('canvas').dataset, { resultNodes: String(drawn.nodes.length), resultEdges: String(drawn.edges.length) });
  };
  const toggleExpanded = (key: string) => {
    const { expanded } = state.get();
    state.update({ expanded: expansions.isExpanded(key) ? expanded.filter((k) => k !== key) : [...expanded, key] });
  };
  // The legend counts what the filters keep (an expansion's nodes included).
  renderLegend($('legend'), graph, state, () => {
    const { filters } = state.get();
    if (!isFiltering(filters)) return null;
    const kept = new Set(nodesInFilter(graph, filters) ?? []);
    for (const key of expansions.revealed()) kept.add(key);
    return kept;
  });
  renderEdgeLegend($('edge-legend'), graph);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    const how = button.dataset.zoom;
    button.addEventListener('click', () => (how === 'fit' ? renderer.fit() : renderer.zoom(how === 'in' ? 'in' : 'out')));
  }
  attachFilterBar($('filters'), graph, state);
  attachLayoutControl($<HTMLButtonElement>('layout'), graph);
  attachExports(document.querySelectorAll<HTMLButtonElement>('[data-export]'), renderer.sigma, graph, hidden, () => describeView(state.get()));
  attachSearch($<HTMLInputElement>('search'), $<HTMLUListElement>('suggestions'), select);
  attachAgencyNetwork($<HTMLButtonElement>('agency-network-open'), $<HTMLDialogElement>('agency-network'), graph, select);
  attachStatistics($<HTMLSelectElement>('size-by'), $<HTMLSelectElement>('colour-by'), $('stats-caption'), graph);
  void attachNewInIssue($<HTMLSelectElement>('new-in'), $('new-in-summary'), pick);

  // What the panel shows; it asks the store again only when that changes, not on every filter move.
  let shownSelection: string | null | undefined;
  let shownExpanded = false;
  const apply = async () => {
    const view = state.get();
    await expansions.syncTo(view.expanded);
    const hiddenNow = hidden();
    renderer.show(view.selected, hiddenNow);
    // The counts follow the filters: what is drawn, of what is loaded.
    const shownEdges = graph.filterEdges((_e, _a, s, t) => !hiddenNow.has(s) && !hiddenNow.has(t)).length;
    status.textContent =
      hiddenNow.size === 0
        ? `${graph.order} nodes, ${graph.size} edges`
        : `${graph.order - hiddenNow.size} of ${graph.order} nodes, ${shownEdges} of ${graph.size} edges`;
    const expanded = view.selected !== null && expansions.isExpanded(view.selected);
    if (view.selected === shownSelection && expanded === shownExpanded) return;
    // A new selection ends the highlight of a query or a lineage; its panel may start another.
    if (view.selected !== shownSelection) renderer.pick([]);
    shownSelection = view.selected;
    shownExpanded = expanded;
    await renderPanel($('panel'), view.selected, { choose: select, pick, isExpanded: (k) => expansions.isExpanded(k), toggleExpanded, close: deselect });
  };
  // One change at a time: an expansion must finish before the next change looks at the graph.
  let applying = apply();
  state.onChange(() => {
    applying = applying.then(apply).catch((err: Error) => void (status.textContent = err.message));
  });
  await applying;
  // The console (CodeMirror, most of the code) loads when it is first opened, or at once when the link
  // carries a query: the graph is drawn without waiting for it.
  const consoleRoot = $<HTMLDetailsElement>('console');
  if (edition) {
    // A published edition has no database: the console says so instead of failing on every query.
    const notice = Object.assign(document.createElement('p'), { className: 'notice', textContent: NO_CONSOLE });
    consoleRoot.replaceChildren(consoleRoot.querySelector('summary')!, notice);
    document.body.dataset.edition = edition.publishedAt;
    document.body.dataset.ready = 'true';
    return;
  }
  let consoleLoaded: Promise<void> | null = null;
  const loadConsole = () =>
    (consoleLoaded ??= import('./console.ts').then(({ attachConsole }) =>
      attachConsole(
        consoleRoot,
        {
          onResult: drawResult,
          onRun: (query) => state.update({ query, saved: null }),
          onRunSaved: (name, params) => state.update({ saved: { name, params }, query: null }),
          onSelect: select,
        },
        state.get().query,
        state.get().saved,
      ),
    ));
  consoleRoot.addEventListener('toggle', () => consoleRoot.open && void loadConsole());
  if (state.get().query || state.get().saved) await loadConsole();
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  $('status').textContent = `The graph could not be loaded: ${err.message}`;
});
