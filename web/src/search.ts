/** Search with suggestions from the API's full-text index; choosing one selects the node. */
import { api } from './api.ts';

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, choose: (key: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const mine = ++generation;
      if (q.length === 0) return void (list.hidden = true);
      const hits = await api.search(q).catch(() => []);
      if (mine !== generation) return; // a later keystroke has its own answer coming
      list.replaceChildren(
        ...hits.map((hit) => {
          const li = document.createElement('li');
          li.setAttribute('role', 'option');
          li.dataset.key = hit.key;
          const kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = hit.kind;
          li.append(document.createTextNode(hit.label), kind);
          li.addEventListener('click', () => {
            list.hidden = true;
            input.value = hit.label;
            choose(hit.key);
          });
          return li;
        }),
      );
      list.hidden = hits.length === 0;
    }, 150);
  });
}
