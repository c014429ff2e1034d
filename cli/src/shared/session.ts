import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createLoopgateClient,
  DEFAULT_PORTS,
  type LoopgateClient,
  SERVICE_NAMES,
  type ServiceName,
} from '@loopgate/client';
import { NotSignedInError } from './exit-codes';

/** What `loopgate login` keeps: the token, never the secret. */
interface CachedToken {
  readonly principal: string;
  readonly token: string;
  readonly expiresAt: string;
  readonly governanceUrl: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Where the CLI keeps its token: $LOOPGATE_HOME/credentials.json (~/.loopgate), mode 0600. */
export function credentialsPath(env: Env): string {
  return join(loopgateHome(env), 'credentials.json');
}

/** Each service's URL: LOOPGATE_<SERVICE>_URL, or the service's default port on 127.0.0.1. */
export function serviceUrls(env: Env): Record<ServiceName, string> {
  return Object.fromEntries(
    SERVICE_NAMES.map((s) => [
      s,
      (env[`LOOPGATE_${s.toUpperCase()}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[s]}`).replace(/\/$/, ''),
    ]),
  ) as Record<ServiceName, string>;
}

export function saveToken(env: Env, cached: CachedToken): string {
  const path = credentialsPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(cached, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // an older file keeps its mode through writeFileSync
  return path;
}

export function forgetToken(env: Env): void {
  rmSync(credentialsPath(env), { force: true });
}

function cachedToken(env: Env): CachedToken | null {
  try {
    return JSON.parse(readFileSync(credentialsPath(env), 'utf8')) as CachedToken;
  } catch {
    return null;
  }
}

/** The typed client with the caller's token: LOOPGATE_TOKEN, else the one `loopgate login` cached. */
export function signedInClient(env: Env): LoopgateClient {
  const urls = serviceUrls(env);
  if (env.LOOPGATE_TOKEN) return createLoopgateClient({ urls, credentials: { token: env.LOOPGATE_TOKEN } });
  const cached = cachedToken(env);
  if (!cached)
    throw new NotSignedInError('not signed in: run `loopgate login --principal <name>` (or set LOOPGATE_TOKEN)');
  if (Date.parse(cached.expiresAt) <= Date.now())
    throw new NotSignedInError(
      `the token of ${cached.principal} expired at ${cached.expiresAt}: run \`loopgate login\` again`,
    );
  return createLoopgateClient({ urls, credentials: { token: cached.token } });
}

/** A client without a token: signing in, bootstrap. */
export function anonymousClient(env: Env): LoopgateClient {
  return createLoopgateClient({ urls: serviceUrls(env) });
}

/** The CLI's own directory: $LOOPGATE_HOME, or ~/.loopgate. */
export function loopgateHome(env: Env): string {
  return env.LOOPGATE_HOME || join(homedir(), '.loopgate');
}
