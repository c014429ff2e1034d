import { type Command } from 'commander';
import { type CliContext } from '../shared/cli-context';
import { EXIT } from '../shared/exit-codes';
import { replay, type ReplayReport } from './replay';
import { parseReplayOptions, REPLAY_USAGE } from './replay-options';

/** replay: its options are parsed by replay-options (they predate the other commands and are documented there). */
export function registerReplay(program: Command, context: () => CliContext, exit: (code: number) => void): void {
  program
    .command('replay')
    .description('copy a range of topics into an isolated namespace, run the pipeline on it, report the differences')
    .helpOption(false)
    .allowUnknownOption()
    .argument('[options...]')
    .action(async (args: string[]) => {
      const ctx = context();
      if (args.includes('--help')) return ctx.out.write(`${REPLAY_USAGE}\n`);
      const options = parseReplayOptions(ctx.out.json ? [...args, '--json'] : args, { ...process.env, ...ctx.env });
      const report = await replay(options, (line) => ctx.note(`[replay] ${line}`));
      ctx.out.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : printed(report));
      if (!report.identical) exit(EXIT.replayDiffers);
    });
}

function printed(report: ReplayReport): string {
  const lines = [
    `replay ${report.namespace}: ${report.copied.inputs} inputs, ${report.copied.context} context events, ${report.copied.seals} seals, ${Math.round(report.durationMs / 1000)} s`,
  ];
  const width = Math.max(...report.outputs.map((o) => `${o.type} #${o.position}`.length), 10);
  for (const output of report.outputs) {
    const label = `${output.type} #${output.position}`.padEnd(width);
    lines.push(
      output.same
        ? `  same    ${label}  ${output.original}`
        : `  DIFFERS ${label}  original: ${output.original ?? '(none)'}\n          ${' '.repeat(width)}  replayed: ${output.replayed ?? '(none)'}`,
    );
  }
  const differing = report.outputs.filter((o) => !o.same).length;
  lines.push(
    report.outputs.length === 0
      ? 'no outputs to compare: the inputs caused nothing'
      : differing === 0
        ? `identical: all ${report.outputs.length} outputs reproduced`
        : `${differing} of ${report.outputs.length} outputs differ`,
  );
  return `${lines.join('\n')}\n`;
}
