/** The side panel: a node's attributes, its provenance quotes, and its neighbours grouped by relation, each clickable. All text is set as text. */
import { api, type LineageStep, type LinkedNeighbour, type NodeDetail } from './api.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
};

/** An entry's text with the passage a quote was opened from marked. */
function withPassage(text: string, quote: string): HTMLElement {
  const dd = el('dd');
  const at = text.indexOf(quote);
  if (at < 0) {
    dd.textContent = text;
    return dd;
  }
  dd.append(text.slice(0, at), el('mark', quote), text.slice(at + quote.length));
  return dd;
}

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

/** A passage to mark when the entry it comes from is shown: set by a click on a quote. */
let passage: { entry: string; quote: string } | null = null;

/**
 * The sentences that state a relation: the first shown, the others a click away; each names its issue,
 * and a click on one opens the entry it stands in with the passage marked.
 */
function evidenceOf(evidence: LinkedNeighbour['evidence'], choose: (key: string) => void): HTMLElement[] {
  const quote = (e: LinkedNeighbour['evidence'][number]) => {
    const q = el('blockquote', e.quote);
    q.className = 'evidence';
    const entry = e.entry;
    if (entry) {
      q.classList.add('opens');
      q.tabIndex = 0;
      q.title = 'Open the entry, with this passage marked';
      q.dataset.entry = entry;
      const open = () => {
        passage = { entry, quote: e.quote };
        choose(entry);
      };
      q.addEventListener('click', open);
      q.addEventListener('keydown', (event) => event.key === 'Enter' && open());
    }
    q.append(el('cite', ` — ${e.title}${e.page ? `, p. ${e.page}` : ''}`));
    return q;
  };
  const [first, ...rest] = evidence.filter((e) => e.quote);
  if (!first) return [];
  if (rest.length === 0) return [quote(first)];
  const more = el('details');
  more.append(el('summary', `${rest.length} more`), ...rest.map(quote));
  return [quote(first), more];
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The lineage as a dated chain, earlier left to later right: ancestors by their dates (an undated one,
 * a document only referred to, before the dated ones of its generation), then this policy, then its
 * descendants. Each step's date is written under it; a click opens it.
 */
function lineageChain(key: string, steps: LineageStep[], choose: (key: string) => void): HTMLElement {
  const byTime = (a: LineageStep, b: LineageStep) => (a.date ?? '').localeCompare(b.date ?? '') || b.depth - a.depth;
  const ancestors = steps.filter((s) => s.direction === 'ancestor').sort((a, b) => b.depth - a.depth || byTime(a, b));
  const descendants = steps.filter((s) => s.direction === 'descendant').sort((a, b) => a.depth - b.depth || byTime(a, b));
  const chain: (LineageStep | null)[] = [...ancestors, null, ...descendants];
  const gap = 90;
  const width = gap * chain.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} 70`);
  svg.setAttribute('class', 'lineage-chain');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Lineage, earlier to later');
  const attrs = (e: Element, a: Record<string, string | number>) => Object.entries(a).forEach(([k, v]) => e.setAttribute(k, String(v)));
  chain.forEach((step, i) => {
    const x = gap * i + gap / 2;
    if (i > 0) {
      const line = document.createElementNS(SVG, 'line');
      attrs(line, { x1: x - gap + 8, y1: 30, x2: x - 8, y2: 30, stroke: '#9aa3b5', 'stroke-width': 1.5, 'marker-end': 'url(#arrow)' });
      svg.append(line);
    }
    const dot = document.createElementNS(SVG, 'circle');
    attrs(dot, { cx: x, cy: 30, r: step ? 6 : 8, fill: step ? '#2457c5' : '#d1495b' });
    const title = document.createElementNS(SVG, 'title');
    title.textContent = step ? `${step.title} (${step.date ?? 'date not given'}; ${step.relations.join(' → ')})` : 'this policy';
    dot.append(title);
    const stepKey = step?.key;
    if (stepKey) {
      dot.setAttribute('class', 'step');
      dot.dataset.key = stepKey;
      dot.addEventListener('click', () => choose(stepKey));
    }
    const name = document.createElementNS(SVG, 'text');
    attrs(name, { x, y: 14, 'text-anchor': 'middle', 'font-size': 9 });
    const label = step ? step.title : 'this policy';
    name.textContent = label.length > 18 ? `${label.slice(0, 17)}…` : label;
    const date = document.createElementNS(SVG, 'text');
    attrs(date, { x, y: 52, 'text-anchor': 'middle', 'font-size': 9, fill: '#5b6478' });
    date.textContent = step ? (step.date ?? 'undated') : '';
    svg.append(dot, name, date);
  });
  const defs = document.createElementNS(SVG, 'defs');
  const marker = document.createElementNS(SVG, 'marker');
  attrs(marker, { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  const path = document.createElementNS(SVG, 'path');
  attrs(path, { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#9aa3b5' });
  marker.append(path);
  defs.append(marker);
  svg.prepend(defs);
  const figure = el('div');
  figure.className = 'chain';
  figure.dataset.policy = key;
  figure.append(svg);
  return figure;
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
  return [el('h3', 'Lineage (earlier → later)'), lineageChain(key, steps, choose), list];
}

/**
 * An agency's policies with their dates, sortable by date or title, and its co-issuers by how many
 * policies they share; each a link to its node.
 */
async function agencySection(key: string, choose: (key: string) => void): Promise<HTMLElement[]> {
  const view = await api.agency(key).catch(() => null);
  if (!view) return [];
  const policies = view.policiesByYear.flatMap((y) => y.policies);
  const list = el('ol');
  list.className = 'agency-policies';
  const link = (label: string, target: string) => {
    const button = el('button', label);
    button.className = 'link';
    button.dataset.key = target;
    button.addEventListener('click', () => choose(target));
    return button;
  };
  let order: 'date' | 'title' = 'date';
  const fill = () => {
    const sorted = [...policies].sort((a, b) => (order === 'date' ? (b.date ?? '').localeCompare(a.date ?? '') : a.title.localeCompare(b.title)));
    list.replaceChildren(
      ...sorted.map((p) => {
        const li = el('li');
        li.append(el('span', `${p.date ?? 'undated'} `), link(p.title, p.key));
        if (p.coIssuers.length > 0) li.append(el('span', ` with ${p.coIssuers.join(', ')}`));
        return li;
      }),
    );
  };
  const sorter = el('button', 'Sort by title');
  sorter.type = 'button';
  sorter.className = 'sort-policies';
  sorter.addEventListener('click', () => {
    order = order === 'date' ? 'title' : 'date';
    sorter.textContent = order === 'date' ? 'Sort by title' : 'Sort by date';
    fill();
  });
  fill();
  const co = el('ul');
  for (const c of view.coIssuers) {
    const li = el('li');
    li.append(link(c.abbreviation ?? c.agency, c.key), el('span', `: ${c.policies} polic${c.policies === 1 ? 'y' : 'ies'} together`));
    co.append(li);
  }
  const years = view.policiesByYear.map((y) => `${y.year ?? 'undated'}: ${y.count}`).join(' · ');
  return [el('h3', `Policies (${policies.length}; ${years})`), sorter, list, el('h3', 'Co-issuers'), co];
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
  const marked = passage?.entry === node.key ? passage.quote : null;
  passage = null;
  for (const [k, v] of Object.entries(node.properties)) {
    if (k === 'key' || v === null || (Array.isArray(v) && v.length === 0)) continue;
    attributes.append(el('dt', k), k === 'text' && marked && typeof v === 'string' ? withPassage(v, marked) : valueOf(v));
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
      li.append(...evidenceOf(n.evidence, choose));
      list.append(li);
    }
    const more = group.total > group.items.length ? ` (${group.items.length} of ${group.total})` : ` (${group.total})`;
    return [el('h3', relation.replace(':in', ' ←').replace(':out', ' →') + more), list];
  });
  const provenance = node.provenance.flatMap((p) => [
    el('h4', `${p.newsletter}${p.date ? `, ${p.date}` : ''}`),
    ...p.quotes.map((q, i) => el('blockquote', p.pages?.[i] ? `${q} (p. ${p.pages[i]})` : q)),
  ]);
  const views = node.kind === 'Policy' ? await lineageSection(node.key, choose, pick) : node.kind === 'Agency' ? await agencySection(node.key, choose) : [];
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
  panel.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
