/**
 * The first layer of the read-only console: the query is parsed with Neo4j's own Cypher grammar
 * (@neo4j-cypher/language-support) and checked against graph-schema/console-policy.json — one
 * statement, read clauses only, no LOAD CSV, USE, SHOW/TERMINATE or administration command, and
 * CALL only of a read-only procedure. Parsing, not pattern matching, is what makes comments,
 * string literals and odd whitespace harmless: a word inside a string is a string.
 *
 * The later layers (EXPLAIN's query type, a read transaction with a time limit, the database's own
 * limits) hold even if this one lets something through.
 */
import { getDebugTree, lintCypherQuery, parseStatementsStrs, type SimpleTree, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { consolePolicy } from '../../graph-schema/registry.ts';

export class QueryRefusedError extends Error {
  override name = 'QueryRefusedError';
}

/** A query that does not parse, with the place of the first error in what the analyst typed (1-based). */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
  }
}

const READ_CLAUSES = new Set(consolePolicy.readClauses);
const REFUSED_RULES = new Map(Object.entries(consolePolicy.refusedRules));
const READ_ONLY_PROCEDURES = new Set(consolePolicy.readOnlyProcedures);
const ERROR_SEVERITY = 1;
const PARSER_ERROR = /^(?:Invalid input|Mismatched input|Missing|Extraneous input)/;

const messageOf = (d: SyntaxDiagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

/** The text a subtree spans: its terminals joined (the tree keeps no whitespace, so names come out whole). */
function terminals(node: SimpleTree): string {
  return node.children?.length ? node.children.map(terminals).join('') : node.name;
}

function* walk(node: SimpleTree): Generator<SimpleTree> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The first word of a subtree: a clause's keyword ("CREATE", "SHOW"). */
function keyword(node: SimpleTree): string {
  return node.children?.length ? keyword(node.children[0]!) : node.name;
}

function refusal(node: SimpleTree): string | null {
  const refused = REFUSED_RULES.get(node.name);
  if (refused) return refused;
  if (node.name === 'clause') {
    const kind = node.children?.[0];
    if (kind && REFUSED_RULES.has(kind.name)) return REFUSED_RULES.get(kind.name)!;
    if (!kind || !READ_CLAUSES.has(kind.name)) return `${keyword(node).toUpperCase()}: ${consolePolicy.refusedClause}`;
  }
  if (node.name === 'procedureName') {
    const name = terminals(node).replaceAll('`', '');
    if (!READ_ONLY_PROCEDURES.has(name)) return `the procedure ${name} is not on the console's list of read-only procedures`;
  }
  return null;
}

/**
 * Throws QuerySyntaxError or QueryRefusedError unless the query is one statement the console may
 * run; a parameter the query uses but `params` lacks is a syntax error at its place.
 */
export function checkConsoleQuery(cypher: string, params: Record<string, unknown> = {}): void {
  // Parsing takes tens of milliseconds on the server's thread: a query asked again (a saved query
  // behind every lineage read, a refused one retried) gets the verdict it got before.
  const memo = `${Object.keys(params).sort().join(',')}\u0000${cypher}`;
  let verdict = verdicts.get(memo);
  if (verdict === undefined) {
    verdict = verdictOf(cypher, params);
    if (verdicts.size >= MEMO_SIZE) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(memo, verdict);
  }
  if (verdict) throw verdict();
}

type Verdict = null | (() => Error);
const MEMO_SIZE = 512;
const verdicts = new Map<string, Verdict>();

function verdictOf(cypher: string, params: Record<string, unknown>): Verdict {
  try {
    check(cypher, params);
    return null;
  } catch (err) {
    if (err instanceof QuerySyntaxError) return () => new QuerySyntaxError(err.reason, err.line, err.column);
    if (err instanceof QueryRefusedError) return () => new QueryRefusedError(err.message);
    throw err;
  }
}

function check(cypher: string, params: Record<string, unknown>): void {
  const statements = parseStatementsStrs(cypher);
  if (statements.length === 0) throw new QueryRefusedError('the query is empty');
  if (statements.length > 1) throw new QueryRefusedError(`the console runs one statement at a time, and this holds ${statements.length}`);
  const errors = lintCypherQuery(cypher, { parameters: params }).diagnostics.filter((d) => d.severity === ERROR_SEVERITY);
  // The parser's own error comes after the semantic ones it causes ("Query cannot conclude with
  // MATCH" after a missing parenthesis), and points at the token the analyst must fix.
  const error = errors.find((d) => PARSER_ERROR.test(messageOf(d))) ?? errors[0];
  if (error) throw new QuerySyntaxError(messageOf(error), error.range.start.line + 1, error.range.start.character + 1);
  for (const node of walk(getDebugTree(cypher))) {
    const reason = refusal(node);
    if (reason) throw new QueryRefusedError(`refused: ${reason}`);
  }
}
