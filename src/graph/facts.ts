/**
 * A graph of facts that keep their sources. Adding a node or edge that is already there
 * merges it: the attributes it had stay, its sources gain the new ones. So a fact read in
 * several places (one agency issuing three policies, one firm in two newsletters) is one
 * node or edge carrying every place it was read, in the manner of FollowTheMoney's statements.
 */
import { DirectedGraph } from 'graphology';
import { mergeRuleOf, type Conflict } from '../../graph-schema/kinds.ts';
import { YIELDING_EDGE_KINDS, type EdgeAttributes, type NodeAttributes, type Source } from '../../graph-schema/schema.ts';

export type FactGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

export function createFactGraph(): FactGraph {
  return new DirectedGraph<NodeAttributes, EdgeAttributes>({ multi: false, allowSelfLoops: false });
}

function sourceId(s: Source): string {
  return `${s.file}\u0000${s.start}\u0000${s.end}`;
}

/**
 * The source ids each node or edge already holds, per graph, so that merging the thousandth
 * source into a hub like MIIT costs no more than merging the first.
 */
const seenSources = new WeakMap<FactGraph, Map<string, Set<string>>>();

function sourceIndex(graph: FactGraph, key: string, sources: readonly Source[]): Set<string> {
  let perGraph = seenSources.get(graph);
  if (!perGraph) seenSources.set(graph, (perGraph = new Map()));
  let ids = perGraph.get(key);
  if (!ids) perGraph.set(key, (ids = new Set(sources.map(sourceId))));
  return ids;
}

type Scalar = string | number | boolean;

/** One value of one attribute, with the newsletters that state it and whether any of them covers the node. */
interface Statement {
  value: Scalar;
  files: Set<string>;
  covering: boolean;
}

/**
 * The statements behind attributes that newsletters disagree on, per graph and node: kept only once a
 * second value appears, so the common case of agreement costs nothing.
 */
const statements = new WeakMap<FactGraph, Map<string, Map<string, Statement[]>>>();

function statementsOf(graph: FactGraph, key: string): Map<string, Statement[]> {
  let perGraph = statements.get(graph);
  if (!perGraph) statements.set(graph, (perGraph = new Map()));
  let perNode = perGraph.get(key);
  if (!perNode) perGraph.set(key, (perNode = new Map()));
  return perNode;
}

/** A node stated by a newsletter that covers it, not one that only refers to it (a stub). */
const covers = (attributes: object) => (attributes as { stub?: boolean }).stub !== true;

function state(list: Statement[], value: Scalar, files: Iterable<string>, covering: boolean): void {
  let statement = list.find((s) => s.value === value);
  if (!statement) list.push((statement = { value, files: new Set(), covering: false }));
  for (const f of files) statement.files.add(f);
  statement.covering ||= covering;
}

/**
 * Merges attributes in place by the kind's rules (graph-schema/kinds.ts). A scalar that two
 * statements give differently keeps both values as statements; the rule picks one later, once every
 * newsletter is in (chooseStatedValues), so the outcome does not depend on the order of merging.
 */
function mergeInto<T extends { kind: string; sources: Source[] }>(existing: T, incoming: T, seen: Set<string>, stated: () => Map<string, Statement[]>): void {
  const target = existing as Record<string, unknown>;
  for (const [k, v] of Object.entries(incoming)) {
    if (k === 'sources' || k === 'kind' || k === 'conflicts') continue;
    const rule = k === 'lead' ? 'any' : mergeRuleOf(existing.kind, k);
    const before = target[k];
    if (rule === 'all') target[k] = Boolean(before) && Boolean(v);
    else if (rule === 'any') target[k] = Boolean(before) || Boolean(v);
    else if (Array.isArray(v) && Array.isArray(before)) target[k] = [...new Set([...(before as unknown[]), ...v])];
    else if (before === null || before === undefined) target[k] = v;
    else if (rule && v !== null && v !== undefined) {
      let list = stated().get(k);
      if (!list) {
        if (v === before) continue;
        list = [];
        state(
          list,
          before as Scalar,
          existing.sources.map((s) => s.file),
          covers(existing),
        );
        stated().set(k, list);
      }
      state(
        list,
        v as Scalar,
        incoming.sources.map((s) => s.file),
        covers(incoming),
      );
    }
  }
  for (const s of incoming.sources) {
    const id = sourceId(s);
    if (!seen.has(id)) {
      seen.add(id);
      existing.sources.push(s);
    }
  }
}

export function addNode(graph: FactGraph, key: string, attributes: NodeAttributes): string {
  if (graph.hasNode(key)) {
    const existing = graph.getNodeAttributes(key);
    mergeInto(existing, attributes, sourceIndex(graph, `node ${key}`, existing.sources), () => statementsOf(graph, key));
  } else {
    graph.addNode(key, { ...attributes, sources: [...attributes.sources] });
  }
  return key;
}

/** Moves one node's statements onto the node it is merged into (resolution). */
export function moveStatements(graph: FactGraph, from: string, into: string): void {
  const perGraph = statements.get(graph);
  const moved = perGraph?.get(from);
  if (!perGraph || !moved) return;
  const target = statementsOf(graph, into);
  for (const [attribute, list] of moved) {
    const kept = target.get(attribute) ?? [];
    for (const s of list) state(kept, s.value, s.files, s.covering);
    target.set(attribute, kept);
  }
  perGraph.delete(from);
}

/**
 * Gives every attribute that newsletters disagree on its one value by the kind's rule, and lists the
 * disagreement on the node (`conflicts`). Issue dates order the newsletters for "latest-issue".
 */
export function chooseStatedValues(graph: FactGraph): number {
  const issueDate = new Map<string, string>();
  graph.forEachNode((_k, a) => {
    if (a.kind === 'Newsletter') issueDate.set(a.source, a.date ?? '');
  });
  const newest = (s: Statement) =>
    [...s.files]
      .map((f) => issueDate.get(f) ?? '')
      .sort()
      .at(-1) ?? '';
  let conflicts = 0;
  for (const [key, perNode] of statements.get(graph) ?? []) {
    if (!graph.hasNode(key)) continue;
    const attributes = graph.getNodeAttributes(key) as NodeAttributes & Record<string, unknown>;
    const found: Conflict[] = [];
    for (const [attribute, list] of [...perNode].sort(([a], [b]) => a.localeCompare(b))) {
      if (list.length < 2) continue;
      const rule = mergeRuleOf(attributes.kind, attribute)!;
      const ranked = [...list].sort(
        (x, y) =>
          (rule === 'covering-then-latest' ? Number(y.covering) - Number(x.covering) : 0) ||
          newest(y).localeCompare(newest(x)) ||
          y.files.size - x.files.size ||
          String(x.value).localeCompare(String(y.value)),
      );
      attributes[attribute] = ranked[0]!.value;
      found.push({ attribute, chosen: ranked[0]!.value, rule, values: ranked.map((s) => ({ value: s.value, newsletters: [...s.files].sort() })) });
    }
    if (found.length > 0) {
      attributes.conflicts = found;
      conflicts += found.length;
    }
  }
  return conflicts;
}

export function edgeKey(kind: EdgeAttributes['kind'], source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

export function addEdge(graph: FactGraph, source: string, target: string, attributes: EdgeAttributes): string {
  if (source === target) return edgeKey(attributes.kind, source, target);
  const key = edgeKey(attributes.kind, source, target);
  const other = graph.edge(source, target);
  if (other !== undefined && other !== key) {
    const kind = graph.getEdgeAttribute(other, 'kind');
    if (YIELDING_EDGE_KINDS.includes(attributes.kind)) return other;
    if (!YIELDING_EDGE_KINDS.includes(kind)) throw new Error(`${source} → ${target}: already joined by ${kind}, cannot also add ${attributes.kind}`);
    graph.dropEdge(other);
  }
  if (graph.hasEdge(key)) {
    const existing = graph.getEdgeAttributes(key);
    mergeInto(existing, attributes, sourceIndex(graph, `edge ${key}`, existing.sources), () => new Map());
  } else {
    graph.addDirectedEdgeWithKey(key, source, target, { ...attributes, sources: [...attributes.sources] });
  }
  return key;
}

/** Merges every node and edge of `from` into `into`. */
export function mergeGraph(into: FactGraph, from: FactGraph): void {
  from.forEachNode((key, attributes) => addNode(into, key, attributes));
  from.forEachEdge((_key, attributes, source, target) => addEdge(into, source, target, attributes));
}

export interface SerializedFacts {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { source: string; target: string; attributes: EdgeAttributes }[];
}

/** `mergeGraph` from a graphology serialisation, without building a graph of it first. */
export function mergeSerialized(into: FactGraph, data: SerializedFacts): void {
  for (const n of data.nodes) addNode(into, n.key, n.attributes);
  for (const e of data.edges) addEdge(into, e.source, e.target, e.attributes);
}

/** A fact graph from its graphology serialisation (a stored newsletter's statements, an export). */
export function factGraphOf(data: SerializedFacts): FactGraph {
  const graph = createFactGraph();
  mergeSerialized(graph, data);
  return graph;
}

/**
 * A resolved graph cut back into one fragment per newsletter, each node and edge with only that
 * newsletter's sources: how an export (`kg load --graph`) enters the store's statements.
 */
export function fragmentsOf(data: {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { source: string; target: string; attributes: EdgeAttributes }[];
}): FactGraph[] {
  const byFile = new Map<string, FactGraph>();
  const fragment = (file: string) => {
    let g = byFile.get(file);
    if (!g) byFile.set(file, (g = createFactGraph()));
    return g;
  };
  for (const { key, attributes } of data.nodes) {
    // Conflicts and merge candidates are resolution's conclusions, drawn again from the statements.
    const { conflicts: _conflicts, candidates: _candidates, ...stated } = attributes as NodeAttributes & { candidates?: unknown };
    for (const [file, sources] of sourcesByFile(attributes.sources)) addNode(fragment(file), key, { ...stated, sources } as NodeAttributes);
  }
  for (const { source, target, attributes } of data.edges) {
    for (const [file, sources] of sourcesByFile(attributes.sources)) {
      const g = fragment(file);
      // An edge to a node the newsletter does not itself state is resolution's (a draft's final
      // version named in another issue): resolving the fragments again draws it again.
      if (g.hasNode(source) && g.hasNode(target)) addEdge(g, source, target, { ...attributes, sources });
    }
  }
  return [...byFile.values()];
}

/** A fact's sources grouped by the newsletter file they were read in. */
export function sourcesByFile(sources: readonly Source[]): Map<string, Source[]> {
  const groups = new Map<string, Source[]>();
  for (const s of sources) groups.set(s.file, [...(groups.get(s.file) ?? []), s]);
  return groups;
}
