/**
 * Search as an ARIA combobox: suggestions from the API's full-text index as the analyst types; arrows
 * move through them, Enter chooses, Escape closes; a click chooses too. Choosing selects the node.
 */
import { api, type SearchHit } from './api.ts';

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, choose: (key: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let hits: SearchHit[] = [];
  let active = -1;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const open = (shown: boolean) => {
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) setActive(-1);
  };
  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit: SearchHit) => {
    open(false);
    input.value = hit.label;
    choose(hit.key);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const mine = ++generation;
      if (q.length === 0) return open(false);
      const found = await api.search(q).catch(() => []);
      if (mine !== generation) return; // a later keystroke has its own answer coming
      hits = found;
      list.replaceChildren(
        ...hits.map((hit, i) => {
          const li = document.createElement('li');
          li.id = `suggestion-${i}`;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          li.dataset.key = hit.key;
          const kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = hit.kind;
          li.append(document.createTextNode(hit.label), kind);
          // mousedown, not click: the input's blur would close the list first.
          li.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick(hit);
          });
          return li;
        }),
      );
      open(hits.length > 0);
    }, 150);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      open(false);
      return;
    }
    if (list.hidden || hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[Math.max(0, active)]!);
    }
  });
  input.addEventListener('blur', () => open(false));
}
