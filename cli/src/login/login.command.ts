import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { type Command } from 'commander';
import { unwrap } from '@loopgate/client';
import { type CliContext } from '../shared/cli-context';
import { CliUsageError } from '../shared/exit-codes';
import { printObject } from '../shared/output';
import { forgetToken, saveToken, serviceUrls } from '../shared/session';

/** login, logout, whoami: a token from governance, cached with mode 0600. */
export function registerLogin(program: Command, context: () => CliContext): void {
  program
    .command('login')
    .description("exchange a principal's secret for a token and keep it ($LOOPGATE_HOME/credentials.json, mode 0600)")
    .requiredOption('--principal <name>', 'the principal to sign in as')
    .option('--secret-stdin', 'read the secret from stdin (else $LOOPGATE_SECRET, else a prompt)')
    .option('--ttl-seconds <n>', "the token's lifetime, up to governance's maximum", Number)
    .action(async (options: { principal: string; secretStdin?: boolean; ttlSeconds?: number }) => {
      const ctx = context();
      const secret = await secretOf(ctx, options.secretStdin === true);
      const issued = await unwrap(
        ctx.anonymous().governance.POST('/v1/tokens', {
          body: {
            principal: options.principal,
            secret,
            ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
          },
        }),
      );
      const path = saveToken(ctx.env, {
        principal: options.principal,
        token: issued.token,
        expiresAt: issued.expiresAt,
        governanceUrl: serviceUrls(ctx.env).governance,
      });
      if (ctx.out.json)
        return printObject(ctx.out, { principal: options.principal, expiresAt: issued.expiresAt, credentials: path });
      ctx.out.write(`signed in as ${options.principal} until ${issued.expiresAt} (token in ${path})\n`);
    });

  program
    .command('logout')
    .description('revoke the cached token everywhere and forget it')
    .action(async () => {
      const ctx = context();
      await unwrap(ctx.client().governance.DELETE('/v1/tokens/current'));
      forgetToken(ctx.env);
      ctx.out.write(ctx.out.json ? '{"signedOut":true}\n' : 'signed out: the token is revoked\n');
    });

  program
    .command('whoami')
    .description('who the token says you are: principal, kind and roles')
    .action(async () => {
      const ctx = context();
      printObject(ctx.out, await unwrap(ctx.client().governance.GET('/v1/tokens/current')));
    });
}

async function secretOf(ctx: CliContext, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(process.stdin)).trim();
  if (ctx.env.LOOPGATE_SECRET) return ctx.env.LOOPGATE_SECRET;
  if (!process.stdin.isTTY)
    throw new CliUsageError('no secret: pass --secret-stdin, set LOOPGATE_SECRET, or run in a terminal to be asked');
  // Asked on stderr; what is typed is not echoed (the prompt writes to a stream that drops it).
  process.stderr.write('secret: ');
  const prompt = createInterface({
    input: process.stdin,
    output: new Writable({ write: (_chunk, _encoding, done) => done() }),
    terminal: true,
  });
  try {
    return (await prompt.question('')).trim();
  } finally {
    prompt.close();
    process.stderr.write('\n');
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
