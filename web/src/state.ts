/**
 * The view's state — the selected node and the hidden kinds — kept in the URL, so a link reopens the
 * same view and back/forward work. Listeners redraw when it changes.
 */
export interface ViewState {
  selected: string | null;
  hiddenKinds: Set<string>;
  /** The console's last Cypher query. */
  query: string | null;
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

function readUrl(): ViewState {
  const params = new URLSearchParams(location.search);
  return {
    selected: params.get('node'),
    hiddenKinds: new Set((params.get('hide') ?? '').split(',').filter(Boolean)),
    query: params.get('q'),
  };
}

function toUrl(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenKinds.size > 0) params.set('hide', [...state.hiddenKinds].sort().join(','));
  if (state.query) params.set('q', state.query);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}
