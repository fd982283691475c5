/** The filter bar: agency, sector, months (typed or chosen on the timeline), a count of what passes, and a way to clear it all. */
import type Graph from 'graphology';
import { chosenKeys, choices, isFiltering, matchingPolicies, NO_FILTERS, policiesPerMonth, toggledKey, type Choice, type Filters } from './filters.ts';
import type { ViewStateStore } from './state.ts';
import { playbackSteps, Timeline, type MonthRange } from './timeline.ts';

function fillSelect(select: HTMLSelectElement, options: Choice[]): void {
  const all = Object.assign(document.createElement('option'), { value: '', textContent: 'All' });
  select.replaceChildren(
    all,
    ...options.map((o) => Object.assign(document.createElement('option'), { value: o.key, textContent: `${o.label} (${o.policies})` })),
  );
}

/** The filter with `key` in it: choosing from the list only ever adds. */
function withKey(value: string | null, key: string): string {
  return chosenKeys(value).includes(key) ? value! : [...chosenKeys(value), key].join(',');
}

/** The chosen keys as chips, each with a × that takes it away; nothing when fewer than two are chosen. */
function renderChips(root: HTMLElement, value: string | null, remove: (key: string) => void): void {
  const keys = chosenKeys(value);
  root.replaceChildren(
    ...(keys.length < 2 ? [] : keys).map((key) => {
      const chip = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'chip',
        textContent: `${key.replace(/^(agency|sector):/, '').toUpperCase()} ×`,
      });
      chip.dataset.key = key;
      chip.setAttribute('aria-label', `Remove ${key} from the filter`);
      chip.addEventListener('click', () => remove(key));
      return chip;
    }),
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
  // Choosing adds to what is chosen (several agencies or sectors at once); "All" clears; a chip's × removes one.
  const choose = (select: HTMLSelectElement, name: 'agency' | 'sector') =>
    select.addEventListener('change', () => change({ [name]: select.value ? withKey(state.get().filters[name], select.value) : null }));
  choose(agency, 'agency');
  choose(sector, 'sector');
  from.addEventListener('change', () => change({ from: from.value || null }));
  to.addEventListener('change', () => change({ to: to.value || null }));
  $('#filter-clear').addEventListener('click', () => state.update({ filters: NO_FILTERS }));
  attachPlayback($<HTMLButtonElement>('#play'), () => playbackSteps(policiesPerMonth(graph, { ...state.get().filters, from: null, to: null })), change);

  const sync = () => {
    const f = state.get().filters;
    agency.value = chosenKeys(f.agency).length === 1 ? f.agency! : '';
    sector.value = chosenKeys(f.sector).length === 1 ? f.sector! : '';
    renderChips($('#agency-chips'), f.agency, (key) => change({ agency: toggledKey(state.get().filters.agency, key) }));
    renderChips($('#sector-chips'), f.sector, (key) => change({ sector: toggledKey(state.get().filters.sector, key) }));
    from.value = f.from ?? '';
    to.value = f.to ?? '';
    timeline.render(policiesPerMonth(graph, f), f);
    const gone = [...chosenKeys(f.agency), ...chosenKeys(f.sector)].filter((k) => !graph.hasNode(k));
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
