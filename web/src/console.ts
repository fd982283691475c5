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
import { kindOfKey, labelOf } from '../../graph-schema/kinds.ts';
import { api, type QueryResult, type SavedQuery } from './api.ts';
import type { ResultGraph } from './result-overlay.ts';

export interface ConsoleHooks {
  /** Draw a result: the nodes and relationships it returned (none after an error). */
  onResult(graph: ResultGraph): void;
  /** The query text changed by a run, for the URL. */
  onRun(query: string): void;
  /** A saved query ran as saved, with these parameters: for the URL. */
  onRunSaved(name: string, params: Record<string, string>): void;
  /** A node in a result was clicked. */
  onSelect(key: string): void;
}

type Row = Record<string, unknown>;

/** A node as the API returns it in a row: its properties, with its key. */
const isNode = (v: unknown): v is Row & { key: string } => typeof v === 'object' && v !== null && typeof (v as Row).key === 'string';

/** What a node is called in a cell: its kind's label (graph-schema/kinds.ts), the kind read off its key. */
const nameOf = (n: Row & { key: string }) => labelOf(kindOfKey(n.key) ?? '', n);

/** A cell's text, for sorting and CSV: nodes by name, paths as chains, lists joined. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isNode(v)) return nameOf(v);
  if (Array.isArray(v)) return v.map(cellText).join('; ');
  if (typeof v === 'object') {
    const segment = v as { start?: unknown; end?: unknown };
    if (isNode(segment.start) && isNode(segment.end)) return `${nameOf(segment.start)} → ${nameOf(segment.end)}`;
    return JSON.stringify(v);
  }
  return String(v);
}

/** A cell: nodes as buttons that select them, the rest as text. */
function renderCell(td: HTMLTableCellElement, v: unknown, select: (key: string) => void): void {
  const nodes = Array.isArray(v)
    ? v.flatMap((x) => (isNode(x) ? [x] : isNode((x as Row)?.start) ? [(x as Row).start as Row, (x as Row).end as Row] : []))
    : isNode(v)
      ? [v]
      : [];
  if (nodes.length === 0) {
    td.textContent = cellText(v);
    return;
  }
  for (const n of nodes.filter(isNode)) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link', textContent: nameOf(n), title: n.key });
    button.dataset.key = n.key;
    button.addEventListener('click', () => select(n.key));
    td.append(button, ' ');
  }
}

/** Numbers sort as numbers, the rest as text. */
function compareCells(a: unknown, b: unknown): number {
  const [x, y] = [cellText(a), cellText(b)];
  const [nx, ny] = [Number(x), Number(y)];
  return x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
}

/** RFC 4180: every cell quoted, quotes doubled. */
export function toCsv(columns: string[], rows: Row[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [columns.map(quote).join(','), ...rows.map((r) => columns.map((c) => quote(cellText(r[c]))).join(','))].join('\r\n');
}

function renderResult(target: HTMLElement, result: QueryResult, select: (key: string) => void): void {
  let rows = [...result.rows];
  let sortedBy: { column: string; descending: boolean } | null = null;
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  const fill = () => {
    body.replaceChildren();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const c of result.columns) renderCell(tr.insertCell(), row[c], select);
    }
  };
  for (const c of result.columns) {
    const th = document.createElement('th');
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'sort', textContent: c });
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const descending = sortedBy?.column === c && !sortedBy.descending;
      sortedBy = { column: c, descending };
      rows = [...result.rows].sort((a, b) => (descending ? -1 : 1) * compareCells(a[c], b[c]));
      for (const other of head.cells) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      fill();
    });
    th.append(button);
    head.append(th);
  }
  fill();
  const summary = document.createElement('p');
  summary.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (capped)' : ''} `;
  const csv = Object.assign(document.createElement('button'), { type: 'button', id: 'csv', textContent: 'CSV' });
  csv.addEventListener('click', () => {
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(new Blob([toCsv(result.columns, rows)], { type: 'text/csv' })),
      download: 'policy-graph-query.csv',
    });
    link.click();
    URL.revokeObjectURL(link.href);
  });
  summary.append(csv);
  const warnings = (result.warnings ?? []).map((w) => {
    const p = Object.assign(document.createElement('p'), {
      className: 'warning',
      textContent: `${w.title}${w.line ? ` (line ${w.line}, column ${w.column})` : ''}: ${w.description}`,
    });
    p.setAttribute('role', 'note');
    return p;
  });
  target.replaceChildren(...warnings, summary, table);
}

export async function attachConsole(
  root: HTMLDetailsElement,
  hooks: ConsoleHooks,
  initialQuery: string | null,
  initialSaved: { name: string; params: Record<string, string> } | null = null,
): Promise<void> {
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
    const query = chosen();
    // The saved query's text goes into the editor, to read and change; its parameters into the form.
    if (query) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query.cypher } });
    paramsBox.replaceChildren(
      ...(query?.params ?? []).map((p) => {
        const label = document.createElement('label');
        const input = Object.assign(document.createElement('input'), {
          name: p.name,
          value: String(p.default ?? ''),
          title: p.description,
          required: true,
          type: p.type === 'integer' ? 'number' : 'text',
          step: '1',
        });
        input.dataset.type = p.type;
        label.append(`${p.name} `, input);
        return label;
      }),
    );
  });

  run = async () => {
    results.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Running…' }));
    try {
      const inputs = [...paramsBox.querySelectorAll('input')];
      const invalid = inputs.find((i) => !i.checkValidity());
      if (invalid) throw new Error(`parameter ${invalid.name}: ${invalid.validationMessage}`);
      const params = Object.fromEntries(inputs.map((i) => [i.name, i.dataset.type === 'integer' ? Number(i.value) : i.value]));
      const query = chosen();
      const text = editor.state.doc.toString();
      // A saved query run as saved; once edited, it is the analyst's own query, with the same parameters.
      const asSaved = query !== undefined && text.trim() === query.cypher.trim();
      const result = asSaved ? await api.runSaved(query.name, params) : await api.cypher(text, params);
      renderResult(results, result, hooks.onSelect);
      hooks.onResult(result.graph);
      if (asSaved) hooks.onRunSaved(query.name, Object.fromEntries(inputs.map((i) => [i.name, i.value])));
      else hooks.onRun(text);
    } catch (err) {
      const message = Object.assign(document.createElement('p'), { className: 'error', textContent: (err as Error).message });
      message.setAttribute('role', 'alert');
      results.replaceChildren(message);
      hooks.onResult({ nodes: [], edges: [] });
    }
  };
  root.querySelector('#run')!.addEventListener('click', () => void run());
  // A link to a saved query run: the query chosen and its parameters filled, run when the analyst presses Run.
  if (initialSaved && saved.some((q) => q.name === initialSaved.name)) {
    select.value = initialSaved.name;
    select.dispatchEvent(new Event('change'));
    for (const input of paramsBox.querySelectorAll('input')) if (initialSaved.params[input.name] !== undefined) input.value = initialSaved.params[input.name]!;
    root.open = true;
  }
  if (initialQuery) {
    root.open = true;
    const note = Object.assign(document.createElement('p'), {
      className: 'notice',
      textContent: 'This link carries the query above. Read it, then press Run (Ctrl+Enter) to run it.',
    });
    results.replaceChildren(note);
  }
}
