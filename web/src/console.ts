/**
 * The Cypher console: CodeMirror 6 with Cypher highlighting, the saved queries one click away with
 * their typed parameters, results as a table, and the nodes they return highlighted on the canvas.
 * The server refuses anything that is not read-only; its message is shown as it is. A query that
 * arrives in a link is shown, never run, until the analyst presses Run (or Ctrl/Cmd+Enter): a link
 * is somebody else's words.
 */
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { EditorView, basicSetup } from 'codemirror';
import { api, type QueryResult, type SavedQuery } from './api.ts';

export interface ConsoleHooks {
  /** Draw a result: the keys of the nodes it returned. */
  onResult(nodeKeys: string[]): void;
  /** The query text changed by a run, for the URL. */
  onRun(query: string): void;
}

const cell = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function renderResult(target: HTMLElement, result: QueryResult): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const c of result.columns) head.append(Object.assign(document.createElement('th'), { textContent: c }));
  const body = table.createTBody();
  for (const row of result.rows) {
    const tr = body.insertRow();
    for (const c of result.columns) tr.insertCell().textContent = cell(row[c]);
  }
  const summary = document.createElement('p');
  summary.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (capped)' : ''}`;
  target.replaceChildren(summary, table);
}

export async function attachConsole(root: HTMLDetailsElement, hooks: ConsoleHooks, initialQuery: string | null): Promise<void> {
  let run: () => Promise<void> = async () => {};
  const runKey = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }]));
  const editor = new EditorView({
    doc: initialQuery ?? 'MATCH (p:Policy)-[:ISSUED_BY]->(a:Agency {abbreviation: "MIIT"})\nRETURN p, a LIMIT 25',
    extensions: [runKey, basicSetup, StreamLanguage.define(cypher)],
    parent: root.querySelector('#editor')!,
  });
  const results = root.querySelector<HTMLElement>('#results')!;
  const select = root.querySelector<HTMLSelectElement>('#saved')!;
  const paramsBox = root.querySelector<HTMLElement>('#params')!;
  const saved: SavedQuery[] = await api.savedQueries().catch(() => []);
  for (const q of saved) select.append(Object.assign(document.createElement('option'), { value: q.name, textContent: q.title, title: q.description }));

  const chosen = () => saved.find((q) => q.name === select.value);
  select.addEventListener('change', () => {
    paramsBox.replaceChildren(
      ...(chosen()?.params ?? []).map((p) => {
        const label = document.createElement('label');
        const input = Object.assign(document.createElement('input'), { name: p.name, value: String(p.default ?? ''), title: p.description });
        input.dataset.type = p.type;
        label.append(`${p.name} `, input);
        return label;
      }),
    );
  });

  run = async () => {
    results.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Running…' }));
    try {
      const query = chosen();
      const result = query
        ? await api.runSaved(
            query.name,
            Object.fromEntries([...paramsBox.querySelectorAll('input')].map((i) => [i.name, i.dataset.type === 'integer' ? Number(i.value) : i.value])),
          )
        : await api.cypher(editor.state.doc.toString());
      renderResult(results, result);
      hooks.onResult(result.graph.nodes.map((n) => n.key));
      if (!query) hooks.onRun(editor.state.doc.toString());
    } catch (err) {
      const message = Object.assign(document.createElement('p'), { className: 'error', textContent: (err as Error).message });
      message.setAttribute('role', 'alert');
      results.replaceChildren(message);
      hooks.onResult([]);
    }
  };
  root.querySelector('#run')!.addEventListener('click', () => void run());
  if (initialQuery) {
    root.open = true;
    const note = Object.assign(document.createElement('p'), {
      className: 'notice',
      textContent: 'This link carries the query above. Read it, then press Run (Ctrl+Enter) to run it.',
    });
    results.replaceChildren(note);
  }
}
