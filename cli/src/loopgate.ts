/**
 * The operators' command line.
 *
 *   npx loopgate replay --help        (or: npm run loopgate -- replay --help)
 */
import { replay, type ReplayReport } from './replay/replay';
import { parseReplayOptions, REPLAY_USAGE, ReplayUsageError } from './replay/replay-options';

const USAGE = `loopgate <command>

  replay    copy a range of topics into an isolated namespace, run the pipeline on it, report the differences

${REPLAY_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 64 : 0;
  }
  if (command !== 'replay') throw new ReplayUsageError(`unknown command '${command}'`);
  if (rest.includes('--help')) {
    process.stdout.write(`${REPLAY_USAGE}\n`);
    return 0;
  }
  const options = parseReplayOptions(rest, process.env);
  const log = (line: string) => process.stderr.write(`[replay] ${line}\n`);
  const report = await replay(options, log);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : printed(report));
  return report.identical ? 0 : 3;
}

function printed(report: ReplayReport): string {
  const lines = [`replay ${report.namespace}: ${report.copied.inputs} inputs, ${report.copied.context} context events, ${report.copied.seals} seals, ${Math.round(report.durationMs / 1000)} s`];
  const width = Math.max(...report.outputs.map((o) => `${o.type} #${o.position}`.length), 10);
  for (const output of report.outputs) {
    const label = `${output.type} #${output.position}`.padEnd(width);
    lines.push(output.same ? `  same    ${label}  ${output.original}` : `  DIFFERS ${label}  original: ${output.original ?? '(none)'}\n          ${' '.repeat(width)}  replayed: ${output.replayed ?? '(none)'}`);
  }
  const differing = report.outputs.filter((o) => !o.same).length;
  lines.push(report.outputs.length === 0 ? 'no outputs to compare: the inputs caused nothing' : differing === 0 ? `identical: all ${report.outputs.length} outputs reproduced` : `${differing} of ${report.outputs.length} outputs differ`);
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ReplayUsageError) {
      process.stderr.write(`loopgate: ${error.message}\n\n${USAGE}\n`);
      process.exit(64);
    }
    process.stderr.write(`loopgate replay failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
