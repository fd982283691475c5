/** `kg`: the policy-graph command line. */
import { Command, CommanderError, Option } from 'commander';
import { runExtract } from './extract-command.ts';
import { stderrReporter } from './reporter.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('kg')
    .description('Build a knowledge graph of Chinese industrial policy from MERICS China Industries newsletters')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let exitCode = 0;
  program
    .command('extract')
    .description('extract newsletters (files or directories) into one graph')
    .argument('<paths...>', 'newsletter files, or directories holding them')
    .addOption(new Option('--format <format>', 'what to print on stdout').choices(['summary', 'json']).default('summary'))
    .option('--out <file>', 'also write the graph as JSON to this file')
    .option('-q, --quiet', 'print no progress lines, only summaries, warnings and errors')
    .action(async (paths: string[], opts: { format: 'summary' | 'json'; out?: string; quiet?: boolean }) => {
      exitCode = await runExtract(paths, { format: opts.format, ...(opts.out ? { out: opts.out } : {}) }, stderrReporter(process.stderr, opts.quiet));
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return exitCode;
}
