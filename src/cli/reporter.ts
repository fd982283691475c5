/** What `kg` tells a person on stderr while it works: progress, per-file counts, warnings, failures. */
import type { Writable } from 'node:stream';
import type { FileExtraction } from './extract-file.ts';
import type { FactGraph } from '../graph/facts.ts';

export interface Reporter {
  progress(index: number, total: number, file: string): void;
  fileSummary(file: string, extraction: FileExtraction): void;
  failure(file: string, problem: string): void;
  graphSummary(graph: FactGraph, out: Writable): void;
  /** `graph`: the graph built, or (`stated`) the facts of each newsletter counted, unmerged (`--format ndjson`). */
  done(extracted: number, total: number, graph: { order: number; size: number; stated?: boolean }, out?: string): void;
}

function countKinds(graph: FactGraph, what: 'nodes' | 'edges'): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (what === 'nodes') graph.forEachNode((_k, a) => add(a.kind));
  else graph.forEachEdge((_k, a) => add(a.kind));
  return counts;
}

/** "1 policy", "2 policies", "5 TOP entries", "3 firms". */
function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

export function stderrReporter(stream: Writable = process.stderr, quiet = false): Reporter {
  const say = (line: string) => stream.write(`${line}\n`);
  return {
    progress(index, total, file) {
      if (!quiet) say(`[${index}/${total}] ${file}`);
    },
    fileSummary(_file, { summary: s }) {
      const date = s.date ? `${s.date}${s.inferred ? ' (inferred)' : ''}` : 'undated';
      say(
        `      ${s.shape}, ${date}: ${plural(s.top, 'TOP entry')}, ${s.policyNews} policy news, ` +
          `${s.corporateNews} corporate news → ${plural(s.kinds.Policy ?? 0, 'policy')}, ` +
          `${plural(s.kinds.Agency ?? 0, 'agency')}, ${plural(s.kinds.Firm ?? 0, 'firm')}, ${plural(s.kinds.Target ?? 0, 'target')}`,
      );
      for (const w of s.warnings) say(`      warning: ${w}`);
    },
    failure(file, problem) {
      say(`error: ${file}: ${problem}`);
    },
    graphSummary(graph, out) {
      const nodes = countKinds(graph, 'nodes');
      const edges = countKinds(graph, 'edges');
      const lines = ['Nodes', ...[...nodes].sort().map(([k, n]) => `  ${k.padEnd(12)} ${String(n).padStart(6)}`)];
      lines.push('Edges', ...[...edges].sort().map(([k, n]) => `  ${k.padEnd(12)} ${String(n).padStart(6)}`));
      out.write(`${lines.join('\n')}\n`);
    },
    done(extracted, total, graph, out) {
      const failed = total - extracted;
      const counts = graph.stated ? `${graph.order} nodes and ${graph.size} edges as each newsletter states them` : `${graph.order} nodes, ${graph.size} edges`;
      say(
        `Extracted ${extracted} of ${plural(total, 'file')}: ${counts}` +
          (failed > 0 ? `; ${failed} failed (see the errors above)` : '') +
          (out ? `; ${graph.stated ? 'one line per newsletter' : 'graph'} written to ${out}` : ''),
      );
    },
  };
}
