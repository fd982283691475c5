/**
 * The view's state — selection, hidden kinds, filters, expanded nodes, the console's query or saved query — kept
 * in the URL, so a link reopens the same view and back/forward work. Listeners redraw when it changes.
 */
import { NO_FILTERS, type Filters } from './filters.ts';

export interface ViewState {
  selected: string | null;
  hiddenKinds: Set<string>;
  filters: Filters;
  /** Nodes whose neighbours were brought in from the store, in the order they were expanded. */
  expanded: string[];
  /** The console's last Cypher query. */
  query: string | null;
  /** The console's last saved query, with the parameters it ran with. */
  saved: SavedRun | null;
}

export interface SavedRun {
  name: string;
  params: Record<string, string>;
}

type Listener = (state: ViewState) => void;

export class ViewStateStore {
  private state: ViewState = readUrl();
  private listeners: Listener[] = [];

  constructor() {
    window.addEventListener('popstate', () => {
      this.state = readUrl();
      this.emit();
    });
  }

  get(): ViewState {
    return this.state;
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  update(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    history.pushState(null, '', toUrl(this.state));
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.state);
  }
}

const MONTH = /^\d{4}-\d{2}$/;

/**
 * The kinds the first view leaves out: entries, targets, newsletters and firms (named by entries) are a
 * click away — the legend, a panel, an expansion — so the first picture is policies, agencies and sectors.
 */
export const FIRST_VIEW_HIDES: ReadonlySet<string> = new Set(['Entry', 'Firm', 'Newsletter', 'Target']);

const sameKinds = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));
const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

function readUrl(): ViewState {
  const params = new URLSearchParams(location.search);
  const month = (name: string) => {
    const v = params.get(name);
    return v && MONTH.test(v) ? v : null;
  };
  return {
    selected: params.get('node'),
    // No "hide" in the link: the first view's kinds; "hide=" (empty): every kind shown.
    hiddenKinds: params.has('hide') ? new Set(list(params.get('hide'))) : new Set(FIRST_VIEW_HIDES),
    filters: { ...NO_FILTERS, agency: params.get('agency'), sector: params.get('sector'), from: month('from'), to: month('to') },
    expanded: list(params.get('open')),
    query: params.get('q'),
    saved: params.get('saved')
      ? { name: params.get('saved')!, params: Object.fromEntries([...params].filter(([k]) => k.startsWith('p.')).map(([k, v]) => [k.slice(2), v])) }
      : null,
  };
}

function toUrl(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (!sameKinds(state.hiddenKinds, FIRST_VIEW_HIDES)) params.set('hide', [...state.hiddenKinds].sort().join(','));
  for (const name of ['agency', 'sector', 'from', 'to'] as const) {
    const v = state.filters[name];
    if (v) params.set(name, v);
  }
  if (state.expanded.length > 0) params.set('open', state.expanded.join(','));
  if (state.query) params.set('q', state.query);
  if (state.saved) {
    params.set('saved', state.saved.name);
    for (const [k, v] of Object.entries(state.saved.params)) params.set(`p.${k}`, v);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
