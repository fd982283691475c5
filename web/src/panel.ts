/** The side panel: a node's attributes, its provenance quotes, and its neighbours grouped by relation, each clickable. All text is set as text. */
import { api, type LinkedNeighbour, type NodeDetail } from './api.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
};

/** An attribute's value: a list as a list, anything else as its text, never raw JSON. */
function valueOf(value: unknown): HTMLElement {
  const dd = el('dd');
  if (Array.isArray(value)) {
    const list = el('ul');
    for (const item of value) list.append(el('li', typeof item === 'string' ? item : JSON.stringify(item)));
    dd.append(list);
  } else dd.textContent = typeof value === 'string' ? value : String(value);
  return dd;
}

/** The sentences that state a relation: the first shown, the others a click away; each names its issue. */
function evidenceOf(evidence: LinkedNeighbour['evidence']): HTMLElement[] {
  const quote = (e: LinkedNeighbour['evidence'][number]) => {
    const q = el('blockquote', e.quote);
    q.className = 'evidence';
    q.append(el('cite', ` — ${e.title}`));
    return q;
  };
  const [first, ...rest] = evidence.filter((e) => e.quote);
  if (!first) return [];
  if (rest.length === 0) return [quote(first)];
  const more = el('details');
  more.append(el('summary', `${rest.length} more`), ...rest.map(quote));
  return [quote(first), more];
}

/** A policy's lineage, earlier → later, indented by distance; each step clickable. */
async function lineageSection(key: string, choose: (key: string) => void, pick: (keys: string[]) => void): Promise<HTMLElement[]> {
  const steps = await api.lineage(key).catch(() => []);
  if (steps.length === 0) return [el('h3', 'Lineage'), el('p', 'No earlier or later policy found in the newsletters.')];
  const list = el('ul');
  list.className = 'lineage';
  const here = el('li', '● this policy');
  const ancestors = steps.filter((s) => s.direction === 'ancestor');
  const descendants = steps.filter((s) => s.direction === 'descendant');
  const item = (s: (typeof steps)[number]) => {
    const li = el('li');
    li.style.paddingLeft = `${s.depth}rem`;
    const button = el('button', `${s.direction === 'ancestor' ? '↑' : '↓'} ${s.title}${s.date ? ` (${s.date})` : ''}`);
    button.className = 'link';
    if (s.key) button.addEventListener('click', () => choose(s.key!));
    li.append(button, el('span', ` ${s.relations.join(' → ')}`));
    return li;
  };
  list.append(...ancestors.map(item), here, ...descendants.map(item));
  pick([key, ...steps.map((s) => s.key).filter((k): k is string => Boolean(k))]);
  return [el('h3', 'Lineage (earlier → later)'), list];
}

/** An agency's policies over time and its co-issuers. */
async function agencySection(key: string): Promise<HTMLElement[]> {
  const view = await api.agency(key).catch(() => null);
  if (!view) return [];
  const years = el('ul');
  for (const y of view.policiesByYear) years.append(el('li', `${y.year ?? 'undated'}: ${y.count} polic${y.count === 1 ? 'y' : 'ies'}`));
  const co = el('ul');
  for (const c of view.coIssuers) co.append(el('li', `${c.abbreviation ?? c.agency}: ${c.policies}`));
  return [el('h3', 'Policies by year'), years, el('h3', 'Co-issuers'), co];
}

/** Where newsletters disagree about this node: every value with the newsletters that state it, and the one shown. */
function conflictsSection(node: NodeDetail): HTMLElement[] {
  if (node.conflicts.length === 0) return [];
  const list = el('ul');
  list.className = 'conflicts';
  for (const c of node.conflicts) {
    const li = el('li');
    li.append(el('strong', `${c.attribute}: `), el('span', `shown ${String(c.chosen)} (${c.rule})`));
    const values = el('ul');
    for (const v of c.values) values.append(el('li', `${String(v.value)} — ${v.newsletters.join(', ')}`));
    li.append(values);
    list.append(li);
  }
  return [el('h3', 'Newsletters disagree'), list];
}

/** Policies that may be this one: a person decides with the command shown, to copy. */
function candidatesSection(node: NodeDetail, choose: (key: string) => void): HTMLElement[] {
  if (node.candidates.length === 0) return [];
  const list = el('ul');
  list.className = 'candidates';
  for (const c of node.candidates) {
    const li = el('li');
    const button = el('button', c.title);
    button.className = 'link';
    button.dataset.key = c.key;
    button.addEventListener('click', () => choose(c.key));
    li.append(button, el('span', ` ${c.reason}, ${Math.round(c.similarity * 100)}% alike`));
    for (const verdict of ['same', 'not-same']) li.append(el('code', `kg resolve --${verdict} ${node.key} ${c.key}`));
    list.append(li);
  }
  return [el('h3', 'May be the same document as'), list];
}

/** What the panel's buttons do. */
export interface PanelActions {
  choose(key: string): void;
  /** Highlight these nodes on the canvas. */
  pick(keys: string[]): void;
  isExpanded(key: string): boolean;
  /** Bring the node's neighbours from the store into the view, or take them away again. */
  toggleExpanded(key: string): void;
  /** End the selection: the panel closes. */
  close(): void;
}

function expandButton(key: string, total: number, actions: PanelActions): HTMLButtonElement {
  const expanded = actions.isExpanded(key);
  const button = el('button', expanded ? 'Collapse neighbours' : `Expand neighbours (${total})`);
  button.id = 'expand';
  button.type = 'button';
  button.setAttribute('aria-pressed', String(expanded));
  button.addEventListener('click', () => actions.toggleExpanded(key));
  return button;
}

export async function renderPanel(panel: HTMLElement, key: string | null, actions: PanelActions): Promise<void> {
  const { choose, pick } = actions;
  if (!key) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.replaceChildren(el('p', 'Loading…'));
  let node: NodeDetail;
  try {
    node = await api.node(key);
  } catch (err) {
    panel.replaceChildren(el('p', `"${key}" is not in the graph any more (${(err as Error).message}).`));
    return;
  }
  const attributes = el('dl');
  for (const [k, v] of Object.entries(node.properties)) {
    if (k === 'key' || v === null || (Array.isArray(v) && v.length === 0)) continue;
    attributes.append(el('dt', k), valueOf(v));
  }
  const neighbours = Object.entries(node.neighbours).flatMap(([relation, group]) => {
    const list = el('ul');
    for (const n of group.items) {
      const button = el('button', n.label);
      button.className = 'link';
      button.dataset.key = n.key;
      button.addEventListener('click', () => choose(n.key));
      const li = el('li');
      li.append(button, Object.assign(el('span', n.kind), { className: 'kind' }));
      if (n.lead) li.append(Object.assign(el('span', 'lead'), { className: 'tag' }));
      if (n.lineage) li.append(Object.assign(el('span', `${n.lineage.relation}${n.lineage.cue ? ` (“${n.lineage.cue}”)` : ''}`), { className: 'tag' }));
      li.append(...evidenceOf(n.evidence));
      list.append(li);
    }
    const more = group.total > group.items.length ? ` (${group.items.length} of ${group.total})` : ` (${group.total})`;
    return [el('h3', relation.replace(':in', ' ←').replace(':out', ' →') + more), list];
  });
  const provenance = node.provenance.flatMap((p) => [el('h4', `${p.newsletter}${p.date ? `, ${p.date}` : ''}`), ...p.quotes.map((q) => el('blockquote', q))]);
  const views = node.kind === 'Policy' ? await lineageSection(node.key, choose, pick) : node.kind === 'Agency' ? await agencySection(node.key) : [];
  const total = Object.values(node.neighbours).reduce((n, g) => n + g.total, 0);
  const close = el('button', '×');
  close.className = 'close';
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the panel');
  close.addEventListener('click', () => actions.close());
  panel.replaceChildren(
    close,
    el('h2', node.label),
    el('p', node.kind),
    expandButton(node.key, total, actions),
    attributes,
    ...conflictsSection(node),
    ...candidatesSection(node, choose),
    ...views,
    ...neighbours,
    el('h3', 'Sources'),
    ...provenance,
  );
  panel.dataset.key = node.key;
}
