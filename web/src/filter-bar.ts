/** The filter bar: agency, sector, months (typed or chosen on the timeline), a count of what passes, and a way to clear it all. */
import type Graph from 'graphology';
import { choices, isFiltering, matchingPolicies, NO_FILTERS, policiesPerMonth, type Choice, type Filters } from './filters.ts';
import type { ViewStateStore } from './state.ts';
import { playbackSteps, Timeline, type MonthRange } from './timeline.ts';

function fillSelect(select: HTMLSelectElement, options: Choice[]): void {
  const all = Object.assign(document.createElement('option'), { value: '', textContent: 'All' });
  select.replaceChildren(
    all,
    ...options.map((o) => Object.assign(document.createElement('option'), { value: o.key, textContent: `${o.label} (${o.policies})` })),
  );
}

/** A range typed backwards (from after to) means the months between: the ends are swapped. */
export function inOrder(f: Filters): Filters {
  return f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f;
}

export function attachFilterBar(root: HTMLElement, graph: Graph, state: ViewStateStore): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  const agency = $<HTMLSelectElement>('#filter-agency');
  const sector = $<HTMLSelectElement>('#filter-sector');
  const from = $<HTMLInputElement>('#filter-from');
  const to = $<HTMLInputElement>('#filter-to');
  const summary = $<HTMLElement>('#filter-summary');
  const totalPolicies = graph.filterNodes((_k, a) => a.kind === 'Policy').length;
  fillSelect(agency, choices(graph, 'Agency'));
  fillSelect(sector, choices(graph, 'Sector'));

  const change = (f: Partial<Filters>) => state.update({ filters: inOrder({ ...state.get().filters, ...f }) });
  const timeline = new Timeline($('#timeline'), (range) => change(range));
  agency.addEventListener('change', () => change({ agency: agency.value || null }));
  sector.addEventListener('change', () => change({ sector: sector.value || null }));
  from.addEventListener('change', () => change({ from: from.value || null }));
  to.addEventListener('change', () => change({ to: to.value || null }));
  $('#filter-clear').addEventListener('click', () => state.update({ filters: NO_FILTERS }));
  attachPlayback($<HTMLButtonElement>('#play'), () => playbackSteps(policiesPerMonth(graph, { ...state.get().filters, from: null, to: null })), change);

  const sync = () => {
    const f = state.get().filters;
    agency.value = f.agency ?? '';
    sector.value = f.sector ?? '';
    from.value = f.from ?? '';
    to.value = f.to ?? '';
    timeline.render(policiesPerMonth(graph, f), f);
    const gone = [f.agency, f.sector].filter((k): k is string => Boolean(k) && !graph.hasNode(k!));
    summary.textContent = gone.length
      ? `Not in the graph: ${gone.join(', ')}`
      : isFiltering(f)
        ? `${matchingPolicies(graph, f).length} of ${totalPolicies} policies`
        : `${totalPolicies} policies`;
    summary.classList.toggle('note', gone.length > 0);
  };
  sync();
  state.onChange(sync);
}

/** Steps through the months, one every 800 ms; the button stops it, and so does the last month. */
function attachPlayback(button: HTMLButtonElement, steps: () => MonthRange[], show: (range: MonthRange) => void): void {
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (timer) return stop();
    const queue = steps();
    if (queue.length === 0) return;
    button.textContent = '■ Stop';
    button.setAttribute('aria-pressed', 'true');
    let i = 0;
    show(queue[i]!);
    timer = setInterval(() => {
      i += 1;
      if (i >= queue.length) return stop();
      show(queue[i]!);
    }, 800);
  });
}
