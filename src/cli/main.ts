/** `kg`: the policy-graph command line. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { AccessConfigError } from '../server/access.ts';
import { ConfigError } from '../store/config.ts';
import { StoreUnavailableError } from '../store/connect.ts';
import { LoadLockedError } from '../store/load-lock.ts';
import { NewsletterKeyCollisionError } from '../store/load.ts';
import { QueryRefusedError, QuerySyntaxError } from '../store/query.ts';
import { runExtract, type ExtractOptions } from './extract-command.ts';
import { publish } from './publish-command.ts';
import { resolveCommand, type ResolveOptions } from './resolve-command.ts';
import { stderrReporter } from './reporter.ts';
import * as store from './store-commands.ts';

/** Errors a person can act on print as one line; anything else is a bug and keeps its stack. */
const EXPECTED_ERRORS = [
  AccessConfigError,
  ConfigError,
  StoreUnavailableError,
  QueryRefusedError,
  QuerySyntaxError,
  LoadLockedError,
  NewsletterKeyCollisionError,
];

/** A count given on the command line ("--workers 4"): a whole number of at least one. */
function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of at least 1');
  return n;
}

/** The driver's codes for a database that went away in the middle of the work. */
const CONNECTION_LOST = new Set(['ServiceUnavailable', 'SessionExpired']);

function isConnectionLost(err: unknown): boolean {
  return CONNECTION_LOST.has(String((err as { code?: unknown }).code));
}

function isNeo4jClientError(err: unknown): err is { code: string; message: string } {
  return typeof (err as { code?: unknown }).code === 'string' && String((err as { code: string }).code).startsWith('Neo.ClientError');
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('kg')
    .description('Build a knowledge graph of Chinese industrial policy from MERICS China Industries newsletters')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const set = (code: Promise<number>) => code.then((c) => void (exitCode = c));

  program
    .command('extract')
    .description('extract newsletters (files or directories) into one graph')
    .argument('<paths...>', 'newsletter files, or directories holding them')
    .addOption(
      new Option('--format <format>', "what to print: a summary, the graph as JSON, or each newsletter's facts as a JSON line (streamed)")
        .choices(['summary', 'json', 'ndjson'])
        .default('summary'),
    )
    .option('--out <file>', 'write the graph (or, with --format ndjson, the lines) to this file')
    .option('--workers <n>', 'extraction threads (default: one per core when there are enough files to share)', positiveInteger)
    .option('-q, --quiet', 'print no progress lines, only summaries, warnings and errors')
    .action((paths: string[], opts: { format: ExtractOptions['format']; out?: string; workers?: number; quiet?: boolean }) =>
      set(
        runExtract(
          paths,
          { format: opts.format, ...(opts.out ? { out: opts.out } : {}), ...(opts.workers ? { workers: opts.workers } : {}) },
          stderrReporter(process.stderr, opts.quiet),
        ),
      ),
    );

  program
    .command('resolve')
    .description("how mentions of one policy were joined (the store, or the newsletters named), and a person's judgements on merges")
    .argument('[args...]', 'newsletter files or directories (none: the whole store); with --same/--not-same, two policy keys')
    .option('--report', 'print the merges with their evidence, and the candidates left for a person to judge (the default)')
    .option('--candidates', 'list likely duplicates with score and reason, each with the commands that decide it')
    .option('--same', 'record that two policy keys are one document')
    .option('--not-same', 'record that two policy keys are different documents: never merged nor proposed again')
    .option('--undo', 'take back the last judgement')
    .action((args: string[], opts: ResolveOptions) => set(resolveCommand(args, opts, stderrReporter(process.stderr, true))));

  program
    .command('load')
    .description('extract newsletters and load them into Neo4j, replacing what each newsletter said before')
    .argument('[paths...]', 'newsletter files, or directories holding them')
    .option('--graph <file>', 'load a graph exported by "kg extract --out" (one JSON graph, or JSON lines) instead')
    .option('--refresh', 'resolve the stored newsletters again (after new judgements or registry entries), loading nothing new')
    .option('--bulk', "into an empty local database: write CSV and run Neo4j's own importer (far faster for an archive)")
    .option('-q, --quiet', 'print no progress lines while extracting')
    .action((paths: string[], opts: { graph?: string; refresh?: boolean; bulk?: boolean; quiet?: boolean }) => {
      if (paths.length === 0 && !opts.graph && !opts.refresh)
        throw new CommanderError(2, 'kg.load', 'error: give newsletter paths, --graph <file> or --refresh\n');
      if (opts.bulk && opts.refresh) throw new CommanderError(2, 'kg.load', 'error: --bulk loads into an empty database, so there is nothing to --refresh\n');
      const reporter = stderrReporter(process.stderr, opts.quiet);
      return set(opts.bulk ? store.bulkLoad(paths, opts, reporter) : store.load(paths, opts, reporter));
    });

  program
    .command('publish')
    .description('write a self-contained explorer of the store to a folder: works from any static host or file://, without Neo4j')
    .argument('<dir>', 'the folder to write (empty, or an earlier edition)')
    .action((dir: string) => set(publish(dir)));

  program
    .command('digest')
    .description('what one newsletter added to the graph: new policies, lineage, first-time issuers, targets, disagreements')
    .argument('<newsletter>', "the newsletter's file name or key")
    .addOption(new Option('--format <format>', 'Markdown for a mailing, or JSON').choices(['md', 'json']).default('md'))
    .action((newsletter: string, opts: { format: 'md' | 'json' }) => set(store.digest(newsletter, opts)));

  program
    .command('conflicts')
    .description('the attributes on which newsletters disagree, with every value, its newsletters and the value shown')
    .option('--json', 'print them as JSON')
    .action((opts: { json?: boolean }) => set(store.conflicts(opts)));

  program
    .command('start')
    .description('the main job: build the graph from newsletters (seeds/ by default) and load it into Neo4j, starting a local one when NEO4J_URI is not set')
    .argument('[paths...]', 'newsletter files, or directories holding them', ['seeds'])
    .option('-q, --quiet', 'print no progress lines while extracting')
    .option('--port <port>', 'HTTP port of the API', process.env.PORT ?? '3000')
    .action((paths: string[], opts: { quiet?: boolean; port: string }) =>
      set(store.start(paths, stderrReporter(process.stderr, opts.quiet), Number(opts.port))),
    );

  program
    .command('serve')
    .description('serve the HTTP API over the store')
    .option('--port <port>', 'HTTP port', process.env.PORT ?? '3000')
    .action((opts: { port: string }) => set(store.serve(Number(opts.port))));

  program
    .command('query')
    .description('run Cypher against the store; read-only unless --write')
    .argument('<cypher>', 'the query')
    .option('--param <name=value>', 'a query parameter (JSON values are parsed)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--json', 'print the rows as a JSON array of objects keyed by column')
    .option('--write', 'allow a query that writes')
    .action((cypher: string, opts: { param: string[]; json?: boolean; write?: boolean }) => set(store.query(cypher, opts)));

  program
    .command('schema')
    .description('the database schema')
    .command('apply')
    .description('apply the constraints, indexes and migrations in graph-schema/ (idempotent)')
    .action(() => set(store.schemaApply()));

  const db = program.command('db').description('the local Neo4j used when NEO4J_URI is not set');
  db.command('start')
    .description('start it (or find it running) and print its URI')
    .option('--port <port>', 'Bolt port', '7687')
    .action((opts: { port: string }) => set(store.dbStart(Number(opts.port))));
  db.command('status')
    .description('say whether it runs, and where')
    .action(() => set(store.dbStatus()));
  db.command('stop')
    .description('stop it cleanly')
    .action(() => set(store.dbStop()));

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'kg.load') process.stderr.write(err.message);
      return err.exitCode === 0 ? 0 : 2;
    }
    if (EXPECTED_ERRORS.some((E) => err instanceof E) || isNeo4jClientError(err)) {
      process.stderr.write(`error: ${(err as Error).message.split('\n')[0]}\n`);
      return 1;
    }
    if (isConnectionLost(err)) {
      process.stderr.write(
        `error: the database stopped answering (${(err as Error).message.split('\n')[0]}); every newsletter committed before that is whole — run the command again once it answers\n`,
      );
      return 1;
    }
    throw err;
  }
  return exitCode;
}
