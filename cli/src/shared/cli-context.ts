import { type LoopgateClient } from '@loopgate/client';
import { type Output } from './output';
import { anonymousClient, signedInClient } from './session';

type Env = Readonly<Record<string, string | undefined>>;

/** What every command gets: the environment, where to print, and the typed client with the caller's token. */
export interface CliContext {
  readonly env: Env;
  readonly out: Output;
  /** Progress and notes for a person, on stderr: never mixed into --json output. */
  note(line: string): void;
  client(): LoopgateClient;
  anonymous(): LoopgateClient;
}

export function cliContext(
  env: Env,
  json: boolean,
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): CliContext {
  let client: LoopgateClient | null = null;
  return {
    env,
    out: { json, write: stdout },
    note: (line) => stderr(`${line}\n`),
    client: () => (client ??= signedInClient(env)),
    anonymous: () => anonymousClient(env),
  };
}
