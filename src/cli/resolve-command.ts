/**
 * `kg resolve`: how mentions of one policy were joined, the pairs left for a person to judge, and the
 * person's judgements (--same, --not-same, --undo), kept in graph-schema/judgements.json.
 */
import type { FactGraph } from '../graph/facts.ts';
import { judgementsPath, recordJudgement, undoLastJudgement } from '../resolve/judgements.ts';
import type { Resolved } from '../resolve/merge.ts';
import { resolveStored } from '../store/load.ts';
import { connectToStore } from '../store/resolve-store.ts';
import { extractPaths } from './extract-command.ts';
import type { Reporter } from './reporter.ts';

export interface ResolveOptions {
  candidates?: boolean;
  same?: boolean;
  notSame?: boolean;
  undo?: boolean;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

export async function resolveCommand(args: string[], options: ResolveOptions, report: Reporter): Promise<number> {
  if (options.same || options.notSame) return judge(args, options.same ? 'same' : 'not-same');
  if (options.undo) {
    const undone = undoLastJudgement();
    say(undone ? `took back: ${undone.a} ${undone.verdict === 'same' ? '=' : '≠'} ${undone.b} (${undone.at})` : 'there is no judgement to take back');
    if (undone) say(APPLY_HINT);
    return 0;
  }
  const resolved = await resolvedGraph(args, report);
  if (!resolved) return 1;
  process.stdout.write(`${options.candidates ? describeCandidates(resolved) : describeResolution(resolved)}\n`);
  return resolved.failed > 0 ? 1 : 0;
}

const APPLY_HINT = 'It applies to every later extraction and load; "kg load --refresh" applies it to the store now.';

function judge(args: string[], verdict: 'same' | 'not-same'): number {
  if (args.length !== 2 || !args.every((k) => k.startsWith('policy:'))) {
    say(`error: kg resolve --${verdict} takes two policy keys (as "kg resolve --candidates" lists them), got: ${args.join(' ') || 'none'}`);
    return 2;
  }
  const j = recordJudgement(args[0]!, args[1]!, verdict);
  say(`recorded in ${judgementsPath()}: ${j.a} ${verdict === 'same' ? 'is' : 'is not'} ${j.b}. ${APPLY_HINT}`);
  return 0;
}

/** The newsletters named, extracted; or, with none named, the whole store. */
async function resolvedGraph(paths: string[], report: Reporter): Promise<(Resolved & { failed: number }) | null> {
  if (paths.length > 0) {
    const extracted = await extractPaths(paths, report);
    return { graph: extracted.graph, resolution: extracted.resolution, conflicts: 0, failed: extracted.failed };
  }
  const store = await connectToStore(say);
  try {
    return { ...(await resolveStored(store)), failed: 0 };
  } finally {
    await store.close();
  }
}

const titleOf = (graph: FactGraph, key: string) => (graph.hasNode(key) ? String((graph.getNodeAttributes(key) as { title?: string }).title) : key);

function describeCandidates({ graph, resolution }: Resolved): string {
  if (resolution.candidates.length === 0) return 'No likely duplicates left to judge.';
  const lines = [`Likely duplicates, not merged (${resolution.candidates.length}); decide each with the command under it:`];
  for (const c of resolution.candidates) {
    lines.push(`  ${c.similarity.toFixed(2)} ${c.reason}`);
    lines.push(`    ${c.a}  "${titleOf(graph, c.a)}"`);
    lines.push(`    ${c.b}  "${titleOf(graph, c.b)}"`);
    lines.push(`    kg resolve --same ${c.a} ${c.b}   |   kg resolve --not-same ${c.a} ${c.b}`);
  }
  return lines.join('\n');
}

/** The merges, each with the evidence that joined it, then the drafts linked to final versions, then the candidates. */
function describeResolution({ graph, resolution }: Resolved): string {
  const title = (key: string) => titleOf(graph, key);
  const lines = [`Merged (${resolution.merges.length}):`];
  for (const m of resolution.merges) lines.push(`  ${m.merged}\n    → ${m.into} ("${title(m.into)}")\n    by ${m.evidence}: ${m.value}`);
  lines.push(`Drafts linked to their final version (${resolution.finalVersions.length}):`);
  for (const v of resolution.finalVersions) lines.push(`  "${title(v.final)}" final-version-of "${title(v.draft)}"`);
  lines.push(`Candidates, not merged (${resolution.candidates.length}):`);
  for (const c of resolution.candidates) lines.push(`  ${c.similarity.toFixed(2)} ${c.reason}: "${title(c.a)}" ~ "${title(c.b)}"`);
  return lines.join('\n');
}
