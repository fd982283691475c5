/** The side panel: a node's attributes, its provenance quotes, and its neighbours grouped by relation, each clickable. All text is set as text. */
import { api, type NodeDetail } from './api.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
};

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function renderPanel(panel: HTMLElement, key: string | null, choose: (key: string) => void): Promise<void> {
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
    attributes.append(el('dt', k), el('dd', show(v)));
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
      list.append(li);
    }
    const more = group.total > group.items.length ? ` (${group.items.length} of ${group.total})` : ` (${group.total})`;
    return [el('h3', relation.replace(':in', ' ←').replace(':out', ' →') + more), list];
  });
  const provenance = node.provenance.flatMap((p) => [
    el('h4', `${p.newsletter}${p.date ? `, ${p.date}` : ''}`),
    ...p.quotes.map((q) => el('blockquote', q)),
  ]);
  panel.replaceChildren(el('h2', node.label), el('p', node.kind), attributes, ...neighbours, el('h3', 'Sources'), ...provenance);
  panel.dataset.key = node.key;
}
