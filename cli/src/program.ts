import { Command, CommanderError } from 'commander';
import { registerAccess } from './access/access.command';
import { registerAdmin } from './admin/admin.command';
import { registerApprovals } from './approvals/approvals.command';
import { registerAudit } from './audit/audit.command';
import { registerDatasets } from './datasets/datasets.command';
import { registerDeclarations } from './declarations/declarations.command';
import { registerFeatureSets } from './feature-sets/feature-sets.command';
import { registerLineage } from './lineage/lineage.command';
import { registerLogin } from './login/login.command';
import { registerModels } from './models/models.command';
import { registerMonitoring } from './monitoring/monitoring.command';
import { registerReplay } from './replay/replay.command';
import { cliContext, type CliContext } from './shared/cli-context';
import { EXIT, exitCodeOf, messageOf } from './shared/exit-codes';
import { ReplayUsageError } from './replay/replay-options';

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const HELP_FOOTER = `
Environment: LOOPGATE_<SERVICE>_URL (default http://127.0.0.1:<port>: ingestion 3001 ... governance 3008),
LOOPGATE_TOKEN (else the token \`loopgate login\` keeps in $LOOPGATE_HOME/credentials.json), LOOPGATE_HOME (~/.loopgate).
Exit codes: 0 done; 1 failed; 2 plan has changes; 3 replay differs; 64 usage; 65 input refused (422, 413, 400);
66 not found; 69 service unavailable; 75 conflict or too many requests (409, 429); 77 not signed in or not allowed (401, 403).`;

/** Runs one command line; answers the exit code (documented in docs/cli.md). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const exit = (value: number) => void (code = value);
  const program = new Command('loopgate')
    .description('the command line of Loopgate: declare, upload, train, promote, watch, audit and replay')
    .option('--json', 'machine-readable output')
    .addHelpText('after', HELP_FOOTER)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const context = (): CliContext =>
    cliContext(io.env, program.opts<{ json?: boolean }>().json === true, io.stdout, io.stderr);
  registerLogin(program, context);
  registerDatasets(program, context);
  registerFeatureSets(program, context);
  registerModels(program, context);
  registerApprovals(program, context);
  registerMonitoring(program, context);
  registerLineage(program, context);
  registerAudit(program, context, exit);
  registerDeclarations(program, context, exit);
  registerReplay(program, context, exit);
  registerAccess(program, context);
  registerAdmin(program, context);
  try {
    await program.parseAsync(['node', 'loopgate', ...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof ReplayUsageError) {
      io.stderr(`loopgate replay: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`loopgate: ${messageOf(error)}\n`);
    return exitCodeOf(error);
  }
}
