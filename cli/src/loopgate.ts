/**
 * The command line of Loopgate (docs/cli.md).
 *
 *   npx loopgate --help        (or: npm run loopgate -- --help)
 */
import { runCli } from './program';

// A reader that stops early (`loopgate audit entries | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`loopgate failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
